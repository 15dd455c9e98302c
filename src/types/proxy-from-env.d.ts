/** proxy-from-env ships no types: https://github.com/Rob--W/proxy-from-env#readme */
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from *_PROXY and NO_PROXY (lower case first), or '' to connect directly. */
  export function getProxyForUrl(url: string | URL): string
}
