"""Self-written user messages for benchmarks: four short conversations of varied length and topic."""

CONVERSATIONS: tuple[tuple[str, ...], ...] = (
    (
        "Work has been overwhelming lately and I can't switch off in the evenings.",
        "My manager keeps adding projects and I don't know how to say no.",
        "I'm worried that if I push back they'll think I can't cope.",
        "Maybe I could ask which project matters most this month.",
        "Thanks, that makes it feel a bit more manageable.",
    ),
    (
        "My girlfriend and I broke up last week and I keep replaying our last conversation.",
        "I think I said things I didn't mean because I was tired and angry.",
        "Part of me wants to text her but I know it might make things worse.",
        "I just miss having someone to talk to at the end of the day.",
    ),
    (
        "I have my final exams in two weeks and I haven't started revising properly.",
        "Every time I sit down to study I end up scrolling on my phone instead.",
        "My parents have sacrificed a lot for me to be at university and I don't want to let them down.",
        "I guess I could try studying in the library where my phone isn't a distraction.",
        "I'll try that tomorrow morning.",
    ),
    (
        "Since I moved to this city for my job I've felt really lonely.",
        "Weekends are the worst because I don't have any plans.",
        "I used to play in a band back home and I miss that a lot.",
    ),
)
