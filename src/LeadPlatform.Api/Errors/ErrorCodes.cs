using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Api.Errors;

/// <summary>The <c>extensions.code</c> strings of the API contract.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Conflict = "CONFLICT";
    public const string Unavailable = "UNAVAILABLE";
    public const string Internal = "INTERNAL";

    public static string For(PlatformErrorCode code) => code switch
    {
        PlatformErrorCode.NotFound => NotFound,
        PlatformErrorCode.Forbidden => Forbidden,
        PlatformErrorCode.BadUserInput => BadUserInput,
        PlatformErrorCode.Conflict => Conflict,
        _ => Unavailable,
    };
}
