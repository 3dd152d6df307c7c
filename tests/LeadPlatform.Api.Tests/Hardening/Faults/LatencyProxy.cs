using System.Net;
using System.Net.Sockets;

namespace LeadPlatform.Api.Tests.Hardening.Faults;

/// <summary>
/// A TCP proxy on loopback in front of a storage endpoint (Azurite) that can add latency: every chunk it forwards,
/// in either direction, waits <see cref="Delay"/> first. A slow network or an overloaded storage account, as the
/// host's storage client sees it.
/// </summary>
public sealed class LatencyProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int targetPort;
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private long delayTicks;

    public LatencyProxy(int targetPort)
    {
        this.targetPort = targetPort;
        listener.Start();
        accepting = Task.Run(Accept);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref delayTicks));
        set => Interlocked.Exchange(ref delayTicks, value.Ticks);
    }

    private async Task Accept()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, targetPort, stop.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                return; // the target is down: the caller sees its connection closed, as with the real thing
            }
            client.NoDelay = upstream.NoDelay = true;
            var a = Pump(client.GetStream(), upstream.GetStream());
            var b = Pump(upstream.GetStream(), client.GetStream());
            await Task.WhenAny(a, b);
        }
    }

    private async Task Pump(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stop.Token)) > 0)
            {
                if (Delay is { Ticks: > 0 } delay) await Task.Delay(delay, stop.Token);
                await to.WriteAsync(buffer.AsMemory(0, read), stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side went away.
        }
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        listener.Stop();
        await accepting;
    }
}
