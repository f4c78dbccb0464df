namespace Senate.ChatBot.Features.Complaints;

/// <summary>The command does not fit the complaint's state (replying to a resolved complaint...).</summary>
public sealed class ComplaintRuleException(string message) : InvalidOperationException(message);

/// <summary>Someone else changed the complaint since it was read; read it again and retry.</summary>
public sealed class ComplaintChangedException(Guid id, Exception inner)
    : InvalidOperationException($"Complaint {id} was changed by someone else.", inner);

public sealed class ComplaintNotFoundException(Guid id) : InvalidOperationException($"Complaint {id} does not exist.");
