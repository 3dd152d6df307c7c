using GraphQL;
using GraphQL.Builders;

namespace LeadPlatform.Api.Audit;

public static class FieldBuilderAuditExtensions
{
    /// <summary>Declares that a successful call of this mutation is written to the target tenant's audit log.</summary>
    public static FieldBuilder<TSource, TReturn> Audited<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, AuditRule rule)
    {
        field.FieldType.WithMetadata(AuditRule.MetadataKey, rule);
        return field;
    }
}
