using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Api.Tests.Hardening.Fuzzing;

/// <summary>One log entry the host wrote.</summary>
public sealed record CapturedLog(DateTimeOffset At, LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"{Level} {Category}[{EventId.Id}] {Message}{(Exception is null ? "" : $"\n    {Exception.GetType().FullName}: {Exception.Message}")}";
}

/// <summary>
/// An <see cref="ILoggerProvider"/> added to the host under test (TestHost's configureServices hook) that keeps
/// every entry of Warning and above, so a test can assert the host logged no unhandled exception.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => entries;

    /// <summary>Entries of Error and Critical level.</summary>
    public IEnumerable<CapturedLog> Errors => entries.Where(e => e.Level >= LogLevel.Error);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            capture.entries.Enqueue(new CapturedLog(DateTimeOffset.UtcNow, logLevel, category, eventId, formatter(state, exception), exception));
        }
    }
}
