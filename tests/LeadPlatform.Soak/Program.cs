using LeadPlatform.Soak;

// LeadPlatform.Soak --url http://127.0.0.1:5080/ --admin-key KEY --minutes 30 [--pid HOST_PID] [--rate 60] [--workers 12] [--out DIR]
// Seeds a small population through the API, then runs mixed traffic at a steady rate for the given time and writes
// per-minute latency (p50/p99), errors and the host's RSS to DIR (summary.md, minutes.tsv, rss.tsv).
var options = SoakOptions.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await new SoakRun(options).RunAsync(cancel.Token);
