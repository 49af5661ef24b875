import type { SecretPadCode } from './definitions';

/*
 * 内含 `{0}` 的 SecretPad 错误码在服务端信息没有给出取值时所用的标题（本套件撰写）：某些调用处不传参数时
 * SecretPad 原样发送模板（P2pDataInit 中的 USER_NOT_FOUND），v0.4 之前的版本对这些错误码用的是另一套文字。
 */
export const titlesWithoutValuesZhCN: Readonly<Partial<Record<SecretPadCode, string>>> = {
  202011600: '用户名或密码错误',
  202011601: '用户名或密码错误',
  202011603: '登录已被锁定，请稍后再试',
  202011604: '重置密码功能已被锁定，请稍后再试',
};
