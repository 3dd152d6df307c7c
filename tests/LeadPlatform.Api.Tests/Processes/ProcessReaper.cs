using System.Diagnostics;

namespace LeadPlatform.Api.Tests.Processes;

/// <summary>Ends a process this test started (with its children) and cleans up after it, bounded in time.</summary>
internal static class ProcessReaper
{
    public static async Task KillAsync(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or it did not die in time: nothing more a test can do.
        }
        finally
        {
            process.Dispose();
        }
    }

    public static void DeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless; a failed cleanup must not hide the test's result.
        }
    }
}
