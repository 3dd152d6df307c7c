using LeadPlatform.Grains.Tests.Privacy;

namespace LeadPlatform.Grains.Tests;

/// <summary>A request whose first attempt fails at one state's write (on the fault-injecting cluster), then sent again.</summary>
internal static class FailedAttempt
{
    /// <summary>The retry's answer, after the first attempt failed at the next write of <paramref name="failingState"/>.</summary>
    public static async Task<T> ThenRetried<T>(string failingState, Func<Task<T>> request)
    {
        PrivacyClusterFixture.Faults.FailOnce(failingState, "write");
        await Assert.ThrowsAnyAsync<Exception>(request);
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);
        return await request();
    }
}
