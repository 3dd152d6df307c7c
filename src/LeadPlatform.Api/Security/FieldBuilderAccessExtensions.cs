using GraphQL;
using GraphQL.Builders;

namespace LeadPlatform.Api.Security;

public static class FieldBuilderAccessExtensions
{
    /// <summary>Declares who may resolve this field.</summary>
    public static FieldBuilder<TSource, TReturn> Authorize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, AccessPolicy policy)
    {
        field.FieldType.WithMetadata(AccessPolicy.MetadataKey, policy);
        return field;
    }
}
