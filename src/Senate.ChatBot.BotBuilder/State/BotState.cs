namespace Senate.ChatBot.BotBuilder.State;

/// <summary>
/// A state document per scope (conversation, user) kept in <see cref="IStorage"/>. It is loaded
/// once per turn and cached in the turn state; <see cref="SaveChangesAsync"/> writes it only when
/// it changed, passing the ETag it was read with, so a concurrent writer causes a
/// <see cref="StorageConcurrencyException"/> instead of a silent overwrite.
/// </summary>
public abstract class BotState(IStorage storage, string contextServiceKey)
{
    private readonly IStorage _storage = storage ?? throw new ArgumentNullException(nameof(storage));

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the document into the turn, unless already read (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.ContainsKey(contextServiceKey))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken);
        turnContext.TurnState.Set(contextServiceKey, CachedBotState.Load(items.GetValueOrDefault(key)));
    }

    /// <summary>Writes the document if it changed (or <paramref name="force"/>), conditional on the ETag read.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(contextServiceKey);
        if (cached is null || !(force || cached.IsChanged))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var document = cached.ToDocument();
        // A document that did not exist when read is created only if still absent: two first turns cannot overwrite each other.
        var etags = await _storage.WriteAsync(
            new Dictionary<string, StoreItem> { [key] = new StoreItem(document, cached.ETag ?? StoreItem.AbsentETag) }, cancellationToken);
        cached.MarkSaved(document, etags[key]);
    }

    /// <summary>Empties the state for this turn; it is persisted by the next <see cref="SaveChangesAsync"/>.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await LoadAsync(turnContext, false, cancellationToken);
        Cached(turnContext).Clear();
    }

    /// <summary>Deletes the stored document now and forgets the turn's copy.</summary>
    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(contextServiceKey);
        return _storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    protected abstract string GetStorageKey(ITurnContext turnContext);

    internal CachedBotState Cached(ITurnContext turnContext) =>
        turnContext.TurnState.Get<CachedBotState>(contextServiceKey)
        ?? throw new InvalidOperationException($"{GetType().Name} was not loaded for this turn.");
}
