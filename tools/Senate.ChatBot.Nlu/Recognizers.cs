using Senate.ChatBot.Language.Embedded;
using Senate.ChatBot.Language.Entities;
using Senate.ChatBot.Language.Entities.Committees;

namespace Senate.ChatBot.Nlu;

internal static class Recognizers
{
    /// <summary>The embedded recognizer as the service builds it: the shipped model and the standing committees.</summary>
    public static EmbeddedRecognizer Shipped() =>
        new(IntentModel.LoadShipped(), new EntityExtractor(new StandingCommittees(), TimeProvider.System));
}
