namespace LeadPlatform.Abstractions.Errors;

/// <summary>
/// A refusal a caller can act on (unknown id, bad input, wrong state). Serialisable so a grain's
/// refusal reaches the gateway with its code and the offending field intact.
/// </summary>
[GenerateSerializer, Alias("leadplatform.PlatformException")]
public sealed class PlatformException : Exception
{
    public PlatformException(PlatformErrorCode code, string message, string? field = null) : base(message)
    {
        Code = code;
        Field = field;
    }

    [Id(0)] public PlatformErrorCode Code { get; }

    /// <summary>The argument that was wrong, for <see cref="PlatformErrorCode.BadUserInput"/>.</summary>
    [Id(1)] public string? Field { get; }

    public static PlatformException NotFound(string what, string id) => new(PlatformErrorCode.NotFound, $"{what} '{id}' was not found.");

    public static PlatformException BadInput(string field, string problem) => new(PlatformErrorCode.BadUserInput, $"'{field}' {problem}.", field);

    public static PlatformException Conflict(string message) => new(PlatformErrorCode.Conflict, message);

    public static PlatformException Forbidden(string message) => new(PlatformErrorCode.Forbidden, message);
}
