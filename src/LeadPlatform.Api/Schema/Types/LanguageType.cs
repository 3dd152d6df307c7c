using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class LanguageType : EnumerationGraphType<Language>
{
    public LanguageType() => Name = "Language";
}
