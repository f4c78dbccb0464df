using Senate.ChatBot.BotBuilder;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Dialogs.Meetings;

/// <summary>Who is asking, as the features see it: a linked member, or the public.</summary>
public sealed class ViewerResolver(IMemberIdentity identity)
{
    public async Task<string?> MemberNumberAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return activity.From?.Id is { Length: > 0 } userId && activity.ChannelId is { } channel
            ? await identity.FindLinkedMemberAsync(channel, userId, cancellationToken)
            : null;
    }

    public async Task<Viewer> ViewerAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await MemberNumberAsync(turnContext, cancellationToken) is { } number ? Viewer.Member(number) : Viewer.Public;
}
