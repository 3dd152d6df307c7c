using System.Globalization;

namespace LeadPlatform.Domain.Coaching.FollowUp;

/// <summary>
/// Follow-up reminders, so agreed actions and coaching itself do not quietly fade out.
/// </summary>
/// <remarks>
/// All days are calendar days in the offset of <c>now</c> (the grain passes now in the manager's
/// time zone), because people count "due today" and "two weeks ago" by the calendar, not by hours.
/// <list type="bullet">
/// <item><b>ActionOverdue</b>: an open action whose due date is before today.</item>
/// <item><b>ActionDueSoon</b>: an open action due today up to and including today + <see cref="DueSoonDays"/>.</item>
/// <item><b>NoRecentCoaching</b>: <see cref="CoachingGapDays"/> or more days since the last coaching
/// conversation, or since becoming a manager when there has not been one yet.</item>
/// </list>
/// Completed actions never nudge. Order: overdue (oldest due date first), then due soon (soonest
/// first), then the coaching gap; equal dates by action id.
/// </remarks>
public static class NudgeRules
{
    public const int DueSoonDays = 2;
    public const int CoachingGapDays = 14;

    public static IReadOnlyList<Nudge> For(
        IEnumerable<ActionDue> actions, DateTimeOffset? lastCoachingAt, DateTimeOffset managerSince, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var today = DayOf(now, now);
        var open = actions
            .Where(a => a is not null && !a.Completed)
            .OrderBy(a => a.DueDate)
            .ThenBy(a => a.ActionId, StringComparer.Ordinal)
            .ToList();

        var nudges = new List<Nudge>();
        nudges.AddRange(open.Where(a => a.DueDate < today).Select(a => Overdue(a, today)));
        nudges.AddRange(open
            .Where(a => a.DueDate >= today && a.DueDate <= today.AddDays(DueSoonDays))
            .Select(a => DueSoon(a, today)));

        var since = lastCoachingAt ?? managerSince;
        var daysWithoutCoaching = today.DayNumber - DayOf(since, now).DayNumber;
        if (daysWithoutCoaching >= CoachingGapDays)
            nudges.Add(NoRecentCoaching(daysWithoutCoaching, lastCoachingAt is null));
        return nudges;
    }

    private static Nudge Overdue(ActionDue action, DateOnly today)
    {
        var days = today.DayNumber - action.DueDate.DayNumber;
        var message = $"“{Name(action)}” was due on {Date(action.DueDate)} and is still open ({Days(days)} overdue). "
                      + "Check in on it, and agree a new date if the old one no longer works.";
        return new Nudge(NudgeKind.ActionOverdue, message, action.ActionId, action.DueDate);
    }

    private static Nudge DueSoon(ActionDue action, DateOnly today)
    {
        var when = (action.DueDate.DayNumber - today.DayNumber) switch
        {
            0 => "today",
            1 => "tomorrow",
            var days => $"in {days} days",
        };
        var message = $"“{Name(action)}” is due {when} ({Date(action.DueDate)}). "
                      + "A short check-in now helps it land on time.";
        return new Nudge(NudgeKind.ActionDueSoon, message, action.ActionId, action.DueDate);
    }

    private static Nudge NoRecentCoaching(int days, bool never)
    {
        var message = never
            ? $"You have not had a coaching conversation yet in the {days} days since you became a manager. "
              + "Pick one of your reports and plan a GROW conversation this week."
            : $"Your last coaching conversation was {days} days ago. "
              + "Pick one of your reports and plan a GROW conversation this week.";
        return new Nudge(NudgeKind.NoRecentCoaching, message, null, null);
    }

    /// <summary>The calendar day of a moment, seen from the offset of now.</summary>
    private static DateOnly DayOf(DateTimeOffset moment, DateTimeOffset now) =>
        DateOnly.FromDateTime(moment.ToOffset(now.Offset).DateTime);

    private static string Name(ActionDue action) =>
        string.IsNullOrWhiteSpace(action.Description) ? $"Action {action.ActionId}" : action.Description.Trim();

    // "3 March 2026": unambiguous in every locale, unlike 03/04/2026.
    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
