namespace LeadPlatform.Domain.Leadership;

/// <summary>Languages the coaching texts are written in.</summary>
public enum Language { Nl, En }
