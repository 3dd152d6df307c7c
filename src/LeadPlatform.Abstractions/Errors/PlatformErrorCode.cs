namespace LeadPlatform.Abstractions.Errors;

/// <summary>The error codes of the API contract; grains raise them, the gateway maps them to <c>extensions.code</c>.</summary>
[GenerateSerializer, Alias("leadplatform.ErrorCode")]
public enum PlatformErrorCode { NotFound, Forbidden, BadUserInput, Conflict, Unavailable }
