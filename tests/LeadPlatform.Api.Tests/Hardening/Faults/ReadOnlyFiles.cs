using System.Diagnostics;

namespace LeadPlatform.Api.Tests.Hardening.Faults;

/// <summary>
/// Makes the grain store's folder and files really read-only for the running host with <c>chattr +i</c> (immutable):
/// unlike <c>chmod</c>, which root ignores and which does not affect files the host already holds open, the
/// immutable flag refuses every write, even through open handles and even for root. It needs root (CAP_LINUX_IMMUTABLE)
/// and a file system that supports it (ext4, xfs, btrfs; not tmpfs or overlayfs); <see cref="Probe"/> tells.
/// </summary>
public static class ReadOnlyFiles
{
    /// <summary>Null when chattr +i stops a write through an open handle in <paramref name="directory"/>; otherwise why not.</summary>
    public static string? Probe(string directory)
    {
        Directory.CreateDirectory(directory);
        var probe = Path.Combine(directory, "immutable-probe");
        try
        {
            using var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            stream.WriteByte(1);
            stream.Flush();
            if (Chattr("+i", probe) is { } error) return "chattr +i failed: " + error;
            try
            {
                stream.WriteByte(2);
                stream.Flush(flushToDisk: true);
                return "a write through an open handle still succeeds on an immutable file";
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
            finally
            {
                Chattr("-i", probe);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return e.Message;
        }
        finally
        {
            try
            {
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// The store's files and folder immutable until the result is disposed: the database, its write-ahead log, and the
    /// folder (no file can be created or removed). Not the <c>-shm</c> file: SQLite maps it into memory, and a write to a
    /// mapping of an immutable file raises SIGBUS, which kills the host outright (checked: a WAL-mode sqlite3 process
    /// dies with signal 7). That is also what a real read-only remount does to an SQLite process; see docs/RELIABILITY.md.
    /// </summary>
    public static IDisposable Freeze(string directory)
    {
        var files = Directory.GetFiles(directory).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)).ToArray();
        foreach (var file in files)
            if (Chattr("+i", file) is { } error) throw new InvalidOperationException($"chattr +i {file}: {error}");
        if (Chattr("+i", directory) is { } folderError) throw new InvalidOperationException($"chattr +i {directory}: {folderError}");
        return new Thaw(directory, files);
    }

    private sealed class Thaw(string directory, string[] files) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 1) return;
            Chattr("-i", directory);
            foreach (var file in files) Chattr("-i", file);
        }
    }

    private static string? Chattr(string flag, string path)
    {
        var start = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(flag);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chattr did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(10_000);
        return process.ExitCode == 0 ? null : error.Trim();
    }
}
