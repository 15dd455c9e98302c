// Loaded with `node --import` when /usr/bin/time is not installed: reports the process's peak RSS at exit.
process.on('exit', () => {
  process.stderr.write(`bench-max-rss-kb: ${process.resourceUsage().maxRSS}\n`)
})
