namespace LeadPlatform.Domain.Teams;

/// <summary>
/// A team pulse: energy and engagement each on a 1..5 scale (1 very low, 5 very high), kept as a short
/// time series so a trend shows without the team's state growing forever.
/// </summary>
public static class PulseScale
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>Readings a team keeps; the oldest drop off (a weekly pulse covers two years).</summary>
    public const int MaxReadings = 104;

    /// <summary>Why a score is not on the scale, or null when it is.</summary>
    public static string? Problem(int score) =>
        score is >= Min and <= Max ? null : $"must be between {Min} and {Max}";
}
