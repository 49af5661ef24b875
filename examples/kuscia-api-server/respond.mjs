// @ts-check
/** Writing responses: JSON, plain text, HTML and empty bodies, each with the headers a Go server sends. */

/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {ServerResponse} res
 * @param {number} statusCode
 * @param {unknown} body
 */
export function sendJson(res, statusCode, body) {
  const text = JSON.stringify(body);
  res.writeHead(statusCode, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * @param {ServerResponse} res
 * @param {number} statusCode
 * @param {string} text
 * @param {string} [contentType]
 */
export function sendText(res, statusCode, text, contentType = 'text/plain') {
  res.writeHead(statusCode, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * @param {ServerResponse} res
 * @param {number} statusCode
 */
export function sendEmpty(res, statusCode) {
  res.writeHead(statusCode, { 'Content-Length': 0 });
  res.end();
}

/** Gin's answer for a path (or a method on it) that no route serves. */
export const sendNotFound = (/** @type {ServerResponse} */ res) =>
  sendText(res, 404, '404 page not found');
