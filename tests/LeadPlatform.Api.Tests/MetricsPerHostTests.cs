using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// A host's <c>/metrics</c> counts its own requests only. Every host in a process has ASP.NET Core's request meter under
/// the same name, and a provider that took in another host's copy counted that host's requests too, and lost the series
/// altogether once a host started before it was disposed (test hosts here; a second host in any process).
/// </summary>
public sealed partial class MetricsPerHostTests
{
    [Fact]
    public async Task A_hosts_request_count_holds_its_own_requests_before_and_after_another_host_in_the_process_goes()
    {
        await using var kept = new TestHost();
        try
        {
            await Live(kept, 2);
            await using (var other = new TestHost())
            {
                await Live(other, 3);
                Assert.Equal(2, await LiveRequestsCounted(kept, expected: 2));
            }
            await Live(kept, 4);
            Assert.Equal(6, await LiveRequestsCounted(kept, expected: 6));
        }
        finally
        {
            kept.DeleteData();
        }
    }

    [Fact]
    public async Task A_hosts_request_count_stays_once_a_host_started_before_it_goes()
    {
        var earlier = new TestHost();
        try
        {
            await Live(earlier, 3);
            await using var kept = new TestHost();
            try
            {
                await Live(kept, 2);
                Assert.Equal(2, await LiveRequestsCounted(kept, expected: 2));
                await earlier.DisposeAsync();

                // The earlier host's instrument made the stream this host's provider shares: once it was disposed, the
                // series was exported once more and then left /metrics for good (the flaky MetricsEndpointTests).
                await Live(kept, 4);
                for (var scrape = 0; scrape < 4; scrape++)
                {
                    Assert.Equal(6, await LiveRequestsCounted(kept, expected: 6));
                    await Task.Delay(500);
                }
            }
            finally
            {
                kept.DeleteData();
            }
        }
        finally
        {
            await earlier.DisposeAsync();
            earlier.DeleteData();
        }
    }

    private static async Task Live(TestHost host, int requests)
    {
        using var client = host.CreateClient();
        for (var i = 0; i < requests; i++) (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The host's count of answered <c>/health/live</c> requests, scraped until it is <paramref name="expected"/> (the
    /// exporter collects asynchronously and caches a scrape briefly) or 5 s have passed.
    /// </summary>
    private static async Task<long?> LiveRequestsCounted(TestHost host, long expected)
    {
        using var client = host.CreateClient();
        long? counted = null;
        for (var attempt = 0; attempt < 50 && counted != expected; attempt++)
        {
            if (attempt > 0) await Task.Delay(100);
            var match = LiveCount().Match(await client.GetStringAsync("/metrics"));
            counted = match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
        return counted;
    }

    [GeneratedRegex("""^http_server_request_duration_seconds_count\{[^}]*http_route="/health/live"[^}]*\} (\d+)""", RegexOptions.Multiline)]
    private static partial Regex LiveCount();
}
