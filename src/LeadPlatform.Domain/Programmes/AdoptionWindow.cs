namespace LeadPlatform.Domain.Programmes;

/// <summary>The days <c>[From, To]</c> (both included) a figure covers.</summary>
public sealed record AdoptionWindow(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The window cut off at today; null when it has not begun yet.</summary>
    public static AdoptionWindow? UpTo(DateOnly from, DateOnly to, DateOnly today)
    {
        var end = to < today ? to : today;
        return end < from ? null : new AdoptionWindow(from, end);
    }
}
