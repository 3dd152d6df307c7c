namespace LeadPlatform.Domain.Coaching.FollowUp;

/// <summary>An action item agreed in WILL, as far as following it up needs: what, by when, and whether it is done.</summary>
public sealed record ActionDue(string ActionId, string Description, DateOnly DueDate, bool Completed);
