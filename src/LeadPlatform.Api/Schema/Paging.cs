using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using LeadPlatform.Abstractions.Errors;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// Relay cursor pagination over an entity's append-only list of child ids: only the requested page is
/// read (concurrently), then filtered by what the caller may see. Cursors are opaque positions.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

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
        var (start, size) = Window(first, after);

        var pageIds = ids.Skip(start).Take(size).ToArray();
        var items = await Task.WhenAll(pageIds.Select(read));
        var edges = new List<(T, int)>(items.Length);
        for (var i = 0; i < items.Length; i++)
            if (await visible(items[i])) edges.Add((items[i], start + i));
        return Assemble(edges, start, pageIds.Length, ids.Count);
    }

    /// <summary>A Relay connection for a page that starts at <paramref name="start"/> and spans <paramref name="pageLength"/> positions.</summary>
    internal static Connection<T> Assemble<T>(IReadOnlyList<(T Node, int Position)> edges, int start, int pageLength, int total) => new()
    {
        Edges = [.. edges.Select(edge => new Edge<T> { Node = edge.Node, Cursor = CursorOf(edge.Position) })],
        TotalCount = total,
        PageInfo = new PageInfo
        {
            HasNextPage = start + pageLength < total,
            HasPreviousPage = start > 0,
            StartCursor = pageLength > 0 ? CursorOf(start) : null,
            EndCursor = pageLength > 0 ? CursorOf(start + pageLength - 1) : null,
        },
    };

    /// <summary>Where a page starts and how long it is, from the Relay arguments (checked).</summary>
    internal static (int Start, int Size) Window(int? first, string? after)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize) throw PlatformException.BadInput("first", $"must be between 0 and {MaxPageSize}");
        return (after is null ? 0 : PositionOf(after) + 1, size);
    }

    /// <summary>An opaque cursor for a position in a list.</summary>
    internal static string CursorOf(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"p:{position}"));

    /// <summary>The position a cursor stands for, or BAD_USER_INPUT naming <c>after</c>.</summary>
    internal static int PositionOf(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("p:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(2), out var position) && position >= 0) return position;
        }
        catch (FormatException)
        {
        }
        throw PlatformException.BadInput("after", "is not a cursor this API gave out");
    }
}
