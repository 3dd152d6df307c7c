using System.Text;
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

    public static async Task<Connection<T>> Page<T>(IReadOnlyList<string> ids, int? first, string? after,
        Func<string, Task<T>> read, Func<T, ValueTask<bool>> visible)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize) throw PlatformException.BadInput("first", $"must be between 0 and {MaxPageSize}");
        var start = after is null ? 0 : PositionOf(after) + 1;

        var pageIds = ids.Skip(start).Take(size).ToArray();
        var items = await Task.WhenAll(pageIds.Select(read));
        var edges = new List<Edge<T>>(items.Length);
        for (var i = 0; i < items.Length; i++)
            if (await visible(items[i])) edges.Add(new Edge<T> { Node = items[i], Cursor = CursorOf(start + i) });

        return new Connection<T>
        {
            Edges = edges,
            TotalCount = ids.Count,
            PageInfo = new PageInfo
            {
                HasNextPage = start + pageIds.Length < ids.Count,
                HasPreviousPage = start > 0,
                StartCursor = pageIds.Length > 0 ? CursorOf(start) : null,
                EndCursor = pageIds.Length > 0 ? CursorOf(start + pageIds.Length - 1) : null,
            },
        };
    }

    private static string CursorOf(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"p:{position}"));

    private static int PositionOf(string cursor)
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
