using System.Net;
using System.Net.Sockets;

namespace LeadPlatform.Api.Tests;

internal static class FreePort
{
    /// <summary>A port the OS considers free now, so parallel test hosts never share Orleans ports.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
