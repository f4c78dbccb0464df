namespace Senate.ChatBot.BotBuilder.State;

/// <summary>One named property of a <see cref="BotState"/>, read and written as <typeparamref name="T"/>.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The value, or default when the property is not set.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>The value; when not set, stores and returns what <paramref name="defaultValueFactory"/> makes.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

internal sealed class BotStatePropertyAccessor<T>(BotState botState, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await botState.LoadAsync(turnContext, false, cancellationToken);
        return botState.Cached(turnContext).TryGet<T>(Name, out var value) ? value : default;
    }

    public async Task<T> GetAsync(
        ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        await botState.LoadAsync(turnContext, false, cancellationToken);
        var cached = botState.Cached(turnContext);
        if (cached.TryGet<T>(Name, out var value))
        {
            return value;
        }

        var created = defaultValueFactory();
        cached.Set(Name, created);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        await botState.LoadAsync(turnContext, false, cancellationToken);
        botState.Cached(turnContext).Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await botState.LoadAsync(turnContext, false, cancellationToken);
        botState.Cached(turnContext).Remove(Name);
    }
}
