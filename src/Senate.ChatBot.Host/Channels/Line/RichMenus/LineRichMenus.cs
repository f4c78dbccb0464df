using System.Text.Json.Nodes;
using Marten;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Host.Channels.Line.Api;

namespace Senate.ChatBot.Host.Channels.Line.RichMenus;

/// <summary>The ids of our two rich menus at LINE, stored so every host and restart reuses them.</summary>
internal sealed record LineRichMenuSet(string Id, string Public, string Senator);

/// <summary>
/// Gives each user the menu that fits them: the senator menu once linked, the public one otherwise.
/// Creates both menus at LINE the first time they are needed. A menu is a convenience, so a
/// failure here is logged and never fails the person's turn.
/// </summary>
internal sealed class LineRichMenus(
    LineMessagingClient client,
    MemberLinks links,
    IDocumentStore store,
    ILogger<LineRichMenus> logger) : IDisposable
{
    private static readonly (byte, byte, byte)[] PublicColours = [(11, 61, 145), (20, 90, 170), (11, 61, 145), (20, 90, 170)];
    private static readonly (byte, byte, byte)[] SenatorColours = [(110, 40, 20), (140, 60, 30), (110, 40, 20), (140, 60, 30)];

    private readonly SemaphoreSlim _creating = new(1, 1);
    private LineRichMenuSet? _menus;

    public async Task AssignAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var menus = await EnsureAsync(cancellationToken);
            var senator = await links.FindMemberAsync(userId, cancellationToken) is not null;
            await client.LinkRichMenuAsync(userId, senator ? menus.Senator : menus.Public, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LineLog.RichMenuFailed(logger, e.GetType().Name, e);
        }
    }

    public void Dispose() => _creating.Dispose();

    private async Task<LineRichMenuSet> EnsureAsync(CancellationToken cancellationToken)
    {
        if (_menus is { } known)
        {
            return known;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            await using var session = store.LightweightSession();
            var menus = _menus ?? await session.LoadAsync<LineRichMenuSet>(RichMenuDefinitions.Version, cancellationToken);
            if (menus is null)
            {
                menus = new LineRichMenuSet(
                    RichMenuDefinitions.Version,
                    await CreateAsync(RichMenuDefinitions.Public(), PublicColours, cancellationToken),
                    await CreateAsync(RichMenuDefinitions.Senator(), SenatorColours, cancellationToken));
                session.Store(menus);
                await session.SaveChangesAsync(cancellationToken);
            }

            return _menus = menus;
        }
        finally
        {
            _creating.Release();
        }
    }

    private async Task<string> CreateAsync(JsonObject menu, (byte, byte, byte)[] colours, CancellationToken cancellationToken)
    {
        var id = await client.CreateRichMenuAsync(menu, cancellationToken);
        var image = RichMenuImage.Panels(RichMenuDefinitions.Width, RichMenuDefinitions.Height, colours);
        await client.UploadRichMenuImageAsync(id, image, cancellationToken);
        return id;
    }
}
