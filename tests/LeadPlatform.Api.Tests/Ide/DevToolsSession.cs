using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace LeadPlatform.Api.Tests.Ide;

/// <summary>
/// A minimal Chrome DevTools protocol client for one page over System.Net.WebSockets (no browser-driver package):
/// commands with replies, plus the page's script errors, collected for assertions and failure messages.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly ConcurrentQueue<string> problems = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private Task receiving = Task.CompletedTask;
    private int lastId;

    private DevToolsSession()
    {
    }

    /// <summary>Uncaught exceptions, console errors and browser error log entries (CSP violations among them) of the page.</summary>
    public IReadOnlyList<string> Problems => problems.ToArray();

    public static async Task<DevToolsSession> ConnectAsync(Uri webSocketUrl, CancellationToken cancellationToken)
    {
        var session = new DevToolsSession();
        await session.socket.ConnectAsync(webSocketUrl, cancellationToken);
        session.receiving = Task.Run(session.ReceiveAsync);
        return session;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref lastId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new { } });
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await sendLock.WaitAsync(timeout.Token);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        finally
        {
            sendLock.Release();
        }
        try
        {
            return await reply.Task.WaitAsync(CommandTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"DevTools did not answer {method} within {CommandTimeout.TotalSeconds} s.");
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page (promises awaited) and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"The page threw while evaluating {expression}: {exception}");
        }
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var json) ? json.Clone() : default;
    }

    /// <summary>Polls <paramref name="expression"/> until it yields something other than null/undefined/false.</summary>
    public async Task<JsonElement> WaitForAsync(string expression, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await EvaluateAsync(expression);
            if (value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}. Page problems: {string.Join(" | ", Problems)}");
            await Task.Delay(100);
        }
    }

    /// <summary>A real left click (pressed and released) at page coordinates, as a user's mouse sends it.</summary>
    public async Task ClickAsync(double x, double y)
    {
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mousePressed", x, y, button = "left", clickCount = 1 });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseReleased", x, y, button = "left", clickCount = 1 });
    }

    public async Task SaveScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png" });
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var chunk = await socket.ReceiveAsync(buffer, closing.Token);
                if (chunk.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, chunk.Count);
                if (!chunk.EndOfMessage) continue;
                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The browser went away or we are closing; pending commands fail below.
        }
        foreach (var reply in pending.Values) reply.TrySetException(new InvalidOperationException("The DevTools connection closed."));
    }

    private void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (!pending.TryGetValue(id.GetInt32(), out var reply)) return;
            if (root.TryGetProperty("error", out var error)) reply.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
            else reply.TrySetResult(root.GetProperty("result").Clone());
            return;
        }
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        switch (root.TryGetProperty("method", out var method) ? method.GetString() : null)
        {
            case "Runtime.exceptionThrown":
                problems.Enqueue($"exception: {Describe(parameters.GetProperty("exceptionDetails"))}");
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() == "error":
                problems.Enqueue($"console.error: {string.Join(" ", parameters.GetProperty("args").EnumerateArray().Select(Describe))}");
                break;
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error":
                var entry = parameters.GetProperty("entry");
                problems.Enqueue($"{entry.GetProperty("source").GetString()}: {entry.GetProperty("text").GetString()} {(entry.TryGetProperty("url", out var url) ? url.GetString() : "")}");
                break;
        }
    }

    private static string Describe(JsonElement value)
    {
        if (value.TryGetProperty("exception", out var exception)) return Describe(exception);
        if (value.TryGetProperty("description", out var description)) return description.GetString() ?? "";
        if (value.TryGetProperty("value", out var primitive)) return primitive.ToString();
        return value.TryGetProperty("text", out var text) ? text.GetString() ?? "" : value.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (socket.State == WebSocketState.Open) await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The browser is killed right after; a clean close is a courtesy.
        }
        await closing.CancelAsync();
        await receiving.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        socket.Dispose();
        closing.Dispose();
        sendLock.Dispose();
    }
}
