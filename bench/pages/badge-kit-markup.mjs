// Calibration: ErrorCodeBadge's own HTML (same elements, attributes, classes and stylesheet) built with bare
// createElement calls, so the table separates the cost of the markup from the cost of the component.
import 'kuscia-error-kit/styles.css';
import { installKitMarkup } from './kit-markup.mjs';

installKitMarkup((item) => item.badgeMarkup);
