namespace LeadPlatform.Grains.Tests;

/// <summary>Waits (bounded) for a background effect, such as adoption deltas reaching the level above.</summary>
internal static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, int timeoutMs = 10_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (true)
        {
            var value = await read();
            if (done(value) || Environment.TickCount64 > deadline) return value;
            await Task.Delay(20);
        }
    }
}
