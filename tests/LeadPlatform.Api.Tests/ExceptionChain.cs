namespace LeadPlatform.Api.Tests;

/// <summary>An exception and its inner exceptions: a host refused at start wraps the reason a few levels deep.</summary>
internal static class ExceptionChain
{
    public static IEnumerable<Exception> Of(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }

    public static string Messages(Exception error) => string.Join(" | ", Of(error).Select(e => e.Message));
}
