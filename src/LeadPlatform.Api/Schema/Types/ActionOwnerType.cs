using GraphQL.Types;
using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Api.Schema.Types;

/// <summary>Who carries out an action item: the employee (default) or the manager.</summary>
public sealed class ActionOwnerType : EnumerationGraphType<ActionOwner>
{
    public ActionOwnerType() => Name = "ActionOwner";
}
