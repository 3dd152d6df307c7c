using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// Relay cursor pagination. Over an entity's list of child ids, only the requested page is read (concurrently), then
/// filtered by what the caller may see. A cursor is opaque and names the item it follows, so the next page neither
/// repeats nor skips items when the list changes between pages: a list cursor holds the item's position and a
/// fingerprint of its id (lists grow at their end and lose members to erasure or a hand-over), an audit log cursor the
/// entry's sequence number.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    private const string ListPrefix = "p:";
    private const string SequencePrefix = "s:";

    /// <summary>The Relay arguments every paged field takes: <c>first</c> and <c>after</c>.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"Page size, at most {MaxPageSize} (default {DefaultPageSize}).")
        .Argument<StringGraphType>("after", "The endCursor of the previous page.");

    /// <summary>The page a field's <see cref="PageArguments"/> ask for, of <paramref name="ids"/>.</summary>
    public static Task<Connection<T>> Page<T>(IResolveFieldContext context, IReadOnlyList<string> ids, Func<string, Task<T>> read, Func<T, ValueTask<bool>> visible) =>
        Page(ids, context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), read, visible);

    public static async Task<Connection<T>> Page<T>(IReadOnlyList<string> ids, int? first, string? after,
        Func<string, Task<T>> read, Func<T, ValueTask<bool>> visible)
    {
        var size = Size(first);
        var start = after is null ? 0 : StartAfter(ids, after);

        var pageIds = ids.Skip(start).Take(size).ToArray();
        var items = await Task.WhenAll(pageIds.Select(read));
        var edges = new List<(T, string)>(items.Length);
        for (var i = 0; i < items.Length; i++)
            if (await visible(items[i])) edges.Add((items[i], ListCursor(start + i, pageIds[i])));
        // The page's first and last ids, also when the caller may not see them: the next page continues after the last.
        return Assemble(edges, ids.Count, hasPrevious: start > 0, hasNext: start + pageIds.Length < ids.Count,
            pageIds.Length > 0 ? ListCursor(start, pageIds[0]) : null, pageIds.Length > 0 ? ListCursor(start + pageIds.Length - 1, pageIds[^1]) : null);
    }

    /// <summary>A Relay connection of edges that carry their cursors.</summary>
    internal static Connection<T> Assemble<T>(IReadOnlyList<(T Node, string Cursor)> edges, int total, bool hasPrevious, bool hasNext,
        string? startCursor, string? endCursor) => new()
    {
        Edges = [.. edges.Select(edge => new Edge<T> { Node = edge.Node, Cursor = edge.Cursor })],
        TotalCount = total,
        PageInfo = new PageInfo { HasNextPage = hasNext, HasPreviousPage = hasPrevious, StartCursor = startCursor, EndCursor = endCursor },
    };

    /// <summary>The page size asked for, checked.</summary>
    internal static int Size(int? first)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize) throw PlatformException.BadInput("first", $"must be between 0 and {MaxPageSize}");
        return size;
    }

    /// <summary>
    /// Where the page after a list cursor starts in <paramref name="ids"/>: after its item, wherever that item is now;
    /// when the item has left the list, at its old position, where the item after it has moved up to (so, should items
    /// before it have left as well, the page skips as many).
    /// </summary>
    internal static int StartAfter(IReadOnlyList<string> ids, string cursor)
    {
        var (position, fingerprint) = ListPosition(cursor);
        if (fingerprint is null) return position + 1; // a cursor given out before cursors named their item
        if (position < ids.Count && Fingerprint(ids[position]) == fingerprint) return position + 1;
        for (var i = 0; i < ids.Count; i++)
            if (Fingerprint(ids[i]) == fingerprint) return i + 1;
        return Math.Min(position, ids.Count);
    }

    /// <summary>
    /// What an audit log cursor stands for: the entry's number, or, for a cursor given out before entries were numbered,
    /// the position it was at (the page after it starts one further on); else BAD_USER_INPUT naming <c>after</c>.
    /// </summary>
    internal static (long? Sequence, int? Position) AuditCursor(string cursor)
    {
        if (Decode(cursor) is { } text && text.StartsWith(SequencePrefix, StringComparison.Ordinal))
            return long.TryParse(text.AsSpan(SequencePrefix.Length), out var sequence) && sequence >= 0 ? (sequence, null) : throw NotACursor();
        var (position, fingerprint) = ListPosition(cursor);
        return fingerprint is null ? (null, position) : throw NotACursor();
    }

    /// <summary>An opaque cursor for the audit log entry numbered <paramref name="sequence"/>.</summary>
    internal static string SequenceCursor(long sequence) => Encode($"{SequencePrefix}{sequence}");

    private static string ListCursor(int position, string id) => Encode($"{ListPrefix}{position}:{Fingerprint(id)}");

    /// <summary>
    /// Stands for an id in a cursor without giving it away: a page's end cursor may follow an item the caller may not see
    /// (a colleague in a team list). 72 bits of SHA-256; an id's random part (~62 bits) cannot be searched for from it.
    /// </summary>
    private static string Fingerprint(string id) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 9));

    private static (int Position, string? Fingerprint) ListPosition(string cursor)
    {
        if (Decode(cursor) is { } text && text.StartsWith(ListPrefix, StringComparison.Ordinal))
        {
            var rest = text.AsSpan(ListPrefix.Length);
            var colon = rest.IndexOf(':');
            // Below int.MaxValue: the page after it starts one further on.
            if (int.TryParse(colon < 0 ? rest : rest[..colon], out var position) && position is >= 0 and < int.MaxValue)
                return (position, colon < 0 ? null : rest[(colon + 1)..].ToString());
        }
        throw NotACursor();
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static PlatformException NotACursor() => PlatformException.BadInput("after", "is not a cursor this API gave out");
}
