using GraphQL.Types;

namespace LeadPlatform.Api.Schema.Privacy;

/// <summary>GDPR mutations (export and erasure of an employee's data), added to the Mutation type.</summary>
internal static class PrivacyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
    }
}
