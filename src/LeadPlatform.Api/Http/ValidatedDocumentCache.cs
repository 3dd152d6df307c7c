using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace LeadPlatform.Api.Http;

/// <summary>
/// Parsed documents that passed every validation rule once, per (query text, operation name): a repeated query skips
/// parsing and the document-only rules. Rules that depend on the request's variables still run on every request
/// (<see cref="RulesForCachedDocuments"/>; the complexity analyser is appended by the GraphQL builder to both sets),
/// and variables are coerced on every request by the validator itself. Bounded by the total length of the cached
/// query texts, least recently used first out, so many distinct queries cannot grow memory without limit.
/// </summary>
public sealed class ValidatedDocumentCache : IDisposable
{
    /// <summary>
    /// What a cached document is still validated with: argument validators see argument values, which may come from
    /// variables. Depth and complexity (complexity reads <c>first</c>/<c>last</c>, also from variables) are added by
    /// <c>AddComplexityAnalyzer</c> to every execution's rules.
    /// </summary>
    public static readonly IValidationRule[] RulesForCachedDocuments = [FieldArgumentsAreValidRule.Instance];

    private readonly MemoryCache documents;
    private readonly int maxQueryLength;

    /// <param name="sizeLimit">Total characters of query text kept.</param>
    public ValidatedDocumentCache(long sizeLimit)
    {
        documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit });
        // One huge query (an onboarding file inlined as a literal) must not push out everything else.
        maxQueryLength = (int)Math.Min(int.MaxValue, sizeLimit / 16);
    }

    public GraphQLDocument? Find(string query, string? operationName) =>
        documents.TryGetValue(new Key(query, operationName), out GraphQLDocument? document) ? document : null;

    /// <summary>Keeps a document the executer parsed and fully validated for this query and operation.</summary>
    public void Add(string query, string? operationName, GraphQLDocument document)
    {
        if (query.Length > maxQueryLength) return;
        documents.Set(new Key(query, operationName), document, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
    }

    public int Count => documents.Count;

    public void Dispose() => documents.Dispose();

    private readonly record struct Key(string Query, string? OperationName);
}
