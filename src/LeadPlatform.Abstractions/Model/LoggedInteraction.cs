using LeadPlatform.Domain.Leadership.Fit;

namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// An interaction in a manager's record: a logged one (id <c>int-…</c>) or a coaching session (the session id),
/// with the manager's own note. Only the manager reads the note. <see cref="Task"/> is the task whose assessment the
/// hat was judged against, when the manager named one.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.LoggedInteraction")]
public sealed record LoggedInteraction(
    [property: Id(0)] string Id,
    [property: Id(1)] Interaction Interaction,
    [property: Id(2)] string? Note,
    [property: Id(3)] string? Task = null);
