using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace LeadPlatform.Api.Http;

/// <summary>
/// Parsed documents that passed every validation rule once, per (query text, operation name): a repeated query skips
/// parsing and the rules that depend on the document only. What depends on the request still runs for it: variables are
/// coerced and arguments parsed on every request, and the endpoint validates again what a request can change (argument
/// validators, and complexity when <see cref="ValidatedDocument.ComplexityDependsOnVariables"/>). Bounded by the total
/// length of the cached query texts, least recently used first out, so many distinct queries cannot grow memory without limit.
/// </summary>
public sealed class ValidatedDocumentCache : IDisposable
{
    private readonly MemoryCache documents;
    private readonly int maxQueryLength;

    /// <param name="sizeLimit">Total characters of query text kept.</param>
    public ValidatedDocumentCache(long sizeLimit)
    {
        documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit });
        // One huge query (an onboarding file inlined as a literal) must not push out everything else.
        maxQueryLength = (int)Math.Min(int.MaxValue, sizeLimit / 16);
    }

    public ValidatedDocument? Find(string query, string? operationName) =>
        documents.TryGetValue(new Key(query, operationName), out ValidatedDocument? document) ? document : null;

    /// <summary>Keeps a document the executer parsed and fully validated for this query and operation.</summary>
    public void Add(string query, string? operationName, GraphQLDocument document)
    {
        if (query.Length > maxQueryLength) return;
        documents.Set(new Key(query, operationName), new ValidatedDocument(document, ComplexityVariables.AffectComplexity(document)),
            new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
    }

    public int Count => documents.Count;

    public void Dispose() => documents.Dispose();

    private readonly record struct Key(string Query, string? OperationName);
}

/// <summary>A parsed document that passed validation, and whether its depth and complexity can change with its variables.</summary>
public sealed record ValidatedDocument(GraphQLDocument Document, bool ComplexityDependsOnVariables);
