/** Where the state that several processes must share lives (env REDIS_URL, REDIS_KEY_PREFIX). */
export interface RedisSettings {
  /** e.g. `redis://127.0.0.1:6379` or `rediss://user:password@redis:6380/0`. */
  url: string;
  /** Put before every key, so one Redis can serve several graphs (default `veiinn:`). */
  keyPrefix?: string;
}
