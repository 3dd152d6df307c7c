namespace LeadPlatform.Grains.Adoption;

/// <summary><c>LeadPlatform:Adoption:*</c>: how adoption counts travel up manager → team → organisation → consultancy.</summary>
public sealed class AdoptionOptions
{
    public const string Section = "LeadPlatform:Adoption";

    /// <summary>The longest <see cref="ForwardInterval"/> accepted: a dashboard must not lag minutes behind.</summary>
    public static readonly TimeSpan MaxForwardInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Under steady load, the time between two sends from one adoption grain to the level above (<see cref="ForwardPacer"/>):
    /// a busy grain sends what gathered meanwhile in one call, which the level above stores in one write. Zero sends
    /// whenever the previous send has returned.
    /// </summary>
    public TimeSpan ForwardInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many sends in a row go at once before the interval applies: a quiet grain's changes are never held back.</summary>
    public int ForwardBurst { get; set; } = 5;

    public bool IsValid => ForwardInterval >= TimeSpan.Zero && ForwardInterval <= MaxForwardInterval && ForwardBurst is >= 1 and <= 1000;

    public static readonly string Rule =
        $"{Section}:ForwardInterval must be between 00:00:00 and {MaxForwardInterval:c}, {Section}:ForwardBurst between 1 and 1000.";
}
