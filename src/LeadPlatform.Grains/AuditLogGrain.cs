using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Audit;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

/// <summary>A tenant's audit log in pages (<see cref="AuditLogLayout"/>): an append writes the open page only.</summary>
public sealed class AuditLogGrain(
    [PersistentState("audit")] IPersistentState<AuditLogState> state,
    ILogger<AuditLogGrain> logger) : Grain, IAuditLogGrain
{
    /// <summary>Pages of 250 entries (about 50 KB), the newest 40 sealed ones kept: at least 10,000 entries per tenant.</summary>
    public static readonly AuditLogLayout Layout = new(PageSize: 250, KeptPages: 40);

    private string Tenant => this.GetPrimaryKeyString();

    public async Task Append(AuditEntry entry)
    {
        var log = state.State;
        var sealedBefore = log.SealedPages;
        log.Entries.Add(entry);
        // A page is stored before the log counts it: a failure in between seals the same page again on the next append.
        while (log.Entries.Count >= Layout.PageSize)
        {
            await PageGrain(log.SealedPages).Write([.. log.Entries.Take(Layout.PageSize)]);
            log.Entries.RemoveRange(0, Layout.PageSize);
            log.SealedPages++;
        }
        await state.WriteStateAsync();
        foreach (var page in Layout.Dropped(sealedBefore, log.SealedPages)) await Drop(page);
    }

    public Task<AuditPage> PageBelow(long? olderThan, int count) =>
        Page(olderThan is { } number ? Layout.NewerThan(number, state.State.SealedPages, state.State.Entries.Count) : 0, count);

    public async Task<AuditPage> Page(int skip, int count)
    {
        var log = state.State;
        var total = Layout.Total(log.SealedPages, log.Entries.Count);
        var places = Enumerable.Range(skip, Math.Max(0, Math.Min(count, total - skip)))
            .Select(offset => Layout.Locate(offset, log.SealedPages, log.Entries.Count)).ToArray();
        var pages = await Task.WhenAll(places.Where(p => p.Page is not null).Select(p => p.Page!.Value).Distinct()
            .Select(async number => (number, entries: await PageGrain(number).Read())));
        var sealedPages = pages.ToDictionary(p => p.number, p => p.entries);
        return new AuditPage([.. places.Select(p => p.Page is { } page ? sealedPages[page][p.Index] : log.Entries[p.Index])], skip, total,
            Layout.Appended(log.SealedPages, log.Entries.Count));
    }

    /// <summary>Best effort: a page left behind is never read again (it holds ids only, see docs/PRIVACY.md).</summary>
    private async Task Drop(int page)
    {
        try
        {
            await PageGrain(page).Clear();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Audit page {Page} of {Tenant} left the kept window but could not be removed", page, Tenant);
        }
    }

    private IAuditLogPageGrain PageGrain(int number) => GrainFactory.GetGrain<IAuditLogPageGrain>($"{Tenant}/auditpage-{number}");
}
