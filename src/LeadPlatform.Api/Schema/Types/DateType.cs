using GraphQL.Types;

namespace LeadPlatform.Api.Schema.Types;

/// <summary>The contract's <c>Date</c> scalar (<c>yyyy-MM-dd</c>) carried as <see cref="DateOnly"/>: a due date has no time of day.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType() => Name = "Date";
}
