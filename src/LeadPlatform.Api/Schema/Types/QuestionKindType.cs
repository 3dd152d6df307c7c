using GraphQL.Types;
using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Api.Schema.Types;

public sealed class QuestionKindType : EnumerationGraphType<QuestionKind>
{
    public QuestionKindType() => Name = "QuestionKind";
}
