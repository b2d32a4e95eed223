"""Turn a community Markdown list of interview questions into question files.

Layouts recognised (each block of the document is tried; several may mix):

- ``heading``: a heading per question (any level, numbered or not: ``1.``, ``1)``,
  ``Q1:``, ``Question 1 -``); its answer is what follows up to the next heading of the
  same or a higher level. Deeper headings, tables, lists, code and a ``<details>`` block
  whose summary is not itself a question ("Answer", "Show answer") belong to the answer.
- ``bold``: a paragraph that is one bold line (a difficulty marker may follow), or a
  bold number followed by a task (``**1)** Count the active ads per day.``); its answer
  is the prose up to the next bold question, a ``---`` rule, a ``<br/>`` or a heading.
- ``list``: list items that are questions; a parent item that is a short topic becomes
  a tag of the questions under it, a longer one (a scenario) is put before each of its
  questions; questions nested under a question are its follow-ups; a ``**Hint**:``
  paragraph is a hint; other content of the item is the answer. Numbered or
  marker-led lines that CommonMark folds into the parent's paragraph (a sub-list
  numbered from 14) are split out again.
- ``details``: ``<details><summary>question</summary> answer </details>``.
- ``table``: a table with a question column and an answer column.
- ``loose``: a list in a shape no rule above knows. When three or more lines that ask
  each start a block and no layout placed them, each is a question and the lines below
  it, up to the next one, a heading or a placed question, its answer (a label all of
  them start with, ``[Q]`` or ``>>``, is dropped). Fewer stay reported as unplaced.

A question is a line that ends with ``?`` once numbering, difficulty markers and
trailing source links are gone; that is numbered as a question (``Q3:``); that starts
with an interrogative or an instruction ("Explain", "Derive", "Given", "Implement"...);
or that carries a difficulty marker. Text is NFKC-normalised first, so
mathematical bold letters read as letters.

Headings that are not questions become tags (and choose the category when they name
one of ours). Difficulty markers (``[E]``/``[M]``/``[H]``, easy/medium/hard words,
🟢🟡🔴, 👶⭐🚀 and any symbol legend the document states) become the difficulty.
Placeholder answers ("Answer here", "TODO", empty) are missing answers, not answers.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import os
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from interview.core.text import slugify

LAYOUTS = ("heading", "bold", "line", "list", "details", "table")

CATEGORY_WORDS: dict[str, str] = {
    "algorithm": "algorithms",
    "algorithms": "algorithms",
    "coding": "algorithms",
    "data structures": "algorithms",
    "machine learning": "ml-theory",
    "ml theory": "ml-theory",
    "ml-theory": "ml-theory",
    "deep learning": "ml-theory",
    "statistics": "ml-theory",
    "probability": "ml-theory",
    "system design": "system-design",
    "ml system design": "system-design",
    "system-design": "system-design",
    "evaluation": "evaluation",
    "metrics": "evaluation",
    "behavioral": "behavioral",
    "behavioural": "behavioral",
}
"""Heading words that name one of our categories (matched on the whole heading)."""

CATEGORY_HINTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), c)
    for p, c in [
        (r"\bsystems? design\b", "system-design"),
        (r"\b(behaviou?ral|soft skills|culture fit|resume)\b", "behavioral"),
        (
            r"\b(evaluation|metrics?|a/?b test\w*|experiment\w*|model selection|"
            r"validation)\b",
            "evaluation",
        ),
        (
            r"\b(algorithms?|data structures?|coding|leetcode|sql|python|programming|"
            r"computer science)\b",
            "algorithms",
        ),
        (
            r"\b(machine learning|deep learning|ml|statistic\w*|probabilit\w*|"
            r"neural net\w*|linear algebra|matri(x|ces)|vectors?|calculus|regression|"
            r"classification|clustering|nlp|natural language|computer vision|"
            r"optimi[sz]ation|learning theory|theor\w+|data science|supervised|"
            r"unsupervised|reinforcement|bayes\w*|transformers?|llms?|ai|"
            r"artificial intelligence)\b",
            "ml-theory",
        ),
    ]
]
"""Words in a heading, a document title or a file name that point to a category."""

_OTHER_QUESTION_WORDS = (
    r"soru|frage|domanda|vraag|pytanie|pregunta|pergunta|quest[aã]o|вопрос|питання|"
    r"c[âa]u\s+h[ỏo]i|soal|السؤال|سؤال"
)
""""Question" in other languages, as a label ("**Soru:** …", "Frage: …")."""
_NUMBERING = re.compile(
    # "Ques. : 01.", "Ques no . 01:": an abbreviated label, then perhaps the number
    r"^\s*(?:ques\s*\.?\s*(?:no\s*\.?\s*)?(?:\d{1,3}\s*)?[:.)\-–—]\s*(?:\d{1,3}\s*[.):]\s*)?|"
    # "Qua. 1) What is GraphQL?", "Qua.5 What is …", "Qua. 🔹 6. What …"
    r"qua\s*\.\s*(?:[^\w\s]{1,3}\s*)?\d{1,3}\s*[.):]?\s*|"
    # ("Exercise 15.4-1": chapter, section, then the exercise's number)
    r"(?:question|questoin|quesiton|quest[aã]o|q|task|problem|exercise|prompt|scenario|case|challenge|example)\s*#?\s*\d+(?:\.\d+(?:-\d{1,3}\b)?|[-–]?[a-z](?=\s*[:.)]))?\s*[:.)\-–—·。、]?|"
    r"(?:pregunta|pergunta|p)\s*\d+\s*[:.)\-–—]|"  # Spanish and Portuguese: "P41: Explica …"
    # "Problem A. Allocation", "Problem B1: …": a contest's problems, lettered in order
    r"problem\s+[A-H]\d?\s*[:.)\-–—]\s*|"
    r"(?:задани[ея]|задача|вопрос)\s*№?\s*\d+\s*[:.)\-–—]|"  # Russian: "Задание 2: …"
    r"(?:问题|题目|問題?|질문|문제|(?:编码|编程|算法|设计|面试|笔试|系统设计)?题)\s*\d+\s*[:.)\-–—、．：]?|"
    r"第\s*\d+\s*[题題问問]\s*[:：.、．]?|"  # "第 10 题：" ("question 10:")
    r"c[âa]u(?:\s+h[ỏo]i)?\s*\d+\s*[:.)\-–—]?|"  # Vietnamese: "Câu 3:", "Câu hỏi 3."
    r"(?:问题|题目)\s*[:：]|"
    r"\(\d{1,3}\)\s*q\s*[:.]|"
    r"\d{1,3}-\d{1,3}\s*[.)]|"  # "2-1." numbers a part of the second group
    # "3.1 word2vec和NNLM…": a numbered sub-section ("1.2 ¿Cuál …?": a Spanish mark first)
    r"\d{1,2}\.\d{1,2}\.?[ \t]+(?:[-–—][ \t]+)?(?=[^\W\d_]|[¿¡])|"
    # "15.1-2 Modify MEMOIZED-CUT-ROD …", "15.2-2设计递归算法…": a textbook's exercise
    # (chapter, section, then its number)
    r"\d{1,2}\.\d{1,2}-\d{1,2}[ \t]*(?=[^\W\d_])|"
    # "a) Which answer …", "(b) Predict …": a lettered part; "K) Schreiben Sie …": a task
    r"\(?[a-zA-Z]\)\s+(?=[^\W\d_])|"
    r"(?:question|q)\s*[:.\-–—]|q\s*x\s*[:.)\-–—]|"
    r"(?:problem|task|exercise|challenge)\s*[:：](?=\s*\S)|"  # "**Problem:** Find …"
    r"\d+\s*(?:[.):\-–—、．）](?!\d)|\s))\s*",
    re.IGNORECASE,
)
_LETTERED_PART_LABEL = re.compile(
    r"(?i)[\s#*_]*(?:question|q|problem|task|exercise)\s*#?\s*(\d{1,3})[-–]?([a-z]?)\s*[:.)]"
)
"""A question's label and number, with the letter of a part or not ("Q1:", "Question 1b:")."""
_QUESTION_START = re.compile(
    r"^\s*(?:ques\s*\.?\s*(?:no\s*\.?\s*)?(?:\d{1,3}\s*)?[:.)\-–—]\s*\S|"
    # ("Question 1b:": the second part of the first question)
    r"(?:question|questoin|quesiton|quest[aã]o|q|task|problem|exercise|prompt|scenario|case|challenge|example)\s*#?\s*(?:[a-h](?=\d))?\d+[a-z]?\s*[:.)\-–—·]|"
    r"(?:(?:the\s+)?(?:interview\s+)?question|q)\s*[:.]\s*\S|"
    r"problem\s+[A-H]\d?\s*[:.)\-–—]\s*\S|"  # "Problem A. Allocation" (a contest's)
    # "Soru: …", "Frage: …": the label in other languages (a colon, then the question)
    # (a sentence, not a topic: "### Frage: Code Review" names the prompt quoted below)
    r"(?:soru|frage|domanda|vraag|pytanie|pregunta|pergunta|quest[aã]o|вопрос|питання|soal|"
    r"السؤال|سؤال)"
    r"\s*\d*\s*:[\s*_]*(?:[^\s*_]+[\s*_]+){2}\S|"
    r"\(\d{1,3}\)\s*q\s*[:.]\s*\S|"  # "(1)Q: what is …"
    r"(?:问题|题目|問題?|질문|문제)\s*\d+\s*[:.)\-–—、．]\s*[^\W_]|"  # "问题3：Conv+BN…", "問1."
    # "题 1：设计 ChatGPT 式聊天应用", "编码题 2：…" ("question 1:", "coding question 2:")
    r"(?:编码|编程|算法|设计|面试|笔试|系统设计)?题\s*\d+\s*[:：]\s*[^\W_]|"
    r"第\s*\d+\s*[题題问問]\s*[:：.、．]\s*\S|"
    r"c[âa]u(?:\s+h[ỏo]i)?\s*\d+\s*[:.)\-–—]\s*\S|"  # Vietnamese: "Câu 3: …"
    r"(?:问题|题目)\s*:\s*\S|"  # "**题目：** 请简要介绍…" ("Question:")
    r"q\s*x\s*[:.)\-–—]\s*\S)",
    re.IGNORECASE,
)
_ANSWER_LABEL = re.compile(
    r"(?i)^\s*(?:\*\*|__)?\s*(?:answer|ans|a|(?:参考)?答案|解答|답변|정답|답안|해답|respuesta|resposta|r|"
    r"ответ|réponse|antwort|đáp\s+án|trả\s+lời|jawaban|cevap|الحل|الجواب|الإجابة|الاجابة)"
    # ("**R//=** var()": "R" for respuesta, then "//=")
    r"\s*(?:\*\*|__)?\s*(?:[:：.\-–—]+(?:\s*=>)?|//\s*=?)\s*(?:\*\*|__)?\s*"
)


def _labels_an_answer(row: str) -> bool:
    """Whether a line opens with an answer's label ("**R//=** …", "Answer: …"), not with a
    lone "A" (an option: "A. 1000 KB")."""
    return bool(_ANSWER_LABEL.match(row)) and not re.match(r"(?i)\s*(?:\*\*|__)?\s*a\b", row)


_ANSWERED_BELOW = re.compile(
    r"(?i)^\s*[*_]{0,2}\s*(?:answer|ans|a)\s*[*_]{0,2}\s*[:：][*_]{0,2}\s*\S"
)
_ANSWER_LEAD = re.compile(
    r"(?i)^\s*(?:\*\*|__)?\s*(?:answer|ans|solution)\s*(?:\*\*|__)?\s*[:.\-–—]"
)
_FOLLOW_UP_BULLET = re.compile(
    r"(?i)\s*[-*+]\s+(?:\*\*|__)?follow[- ]?ups?\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)"
)
"""A bullet that asks on ("- Follow-up: How did you validate it?")."""
_ANSWER_STATED = re.compile(
    r"(?i)[>\s]*(?:\*\*|__)?\s*(?:(?:the\s+)?(?:correct\s+|right\s+)?answers?\s+(?:is|are)\b|"
    r"(?:\d{1,2}|[a-h])(?:\s*(?:,|and|&)\s*(?:\d{1,2}|[a-h]))*\s+(?:is|are)\s+correct\b|"
    r"(?:answer|ans|solution)\s*(?:\*\*|__)?\s*[:.\-–—])"
)
"""A line that gives the answer ("> The answer is 1 and 5.", "**Answer:** B")."""
_ASKED_BACK_WORDS = (
    r"(?:good\s+|smart\s+)?(?:clarifying\s+)?questions\s+(?:to\s+ask|for\s+(?:the|your)\s+"
    r"(?:interviewer|recruiter|hiring\s+manager|team))\b|"
    r"preguntas\s+(?:que\s+)?(?:debes\s+|puedes\s+)?(?:hacer|preguntar)\b|"
    r"perguntas\s+(?:para\s+)?(?:fazer|perguntar)\b|"
    # ("Вопросы к работодателю", to the employer; not "Вопросы для обсуждения", to discuss)
    r"вопросы\s+(?:к|для)\s+(?:интервьюер|работодател|собеседующ|рекрутер|компани|нанимающ|"
    r"hr\b|эйчар|менеджер|команд|тимлид|руководител)\w*|反问|要问的问题"
)
"""Questions the candidate asks back ("Questions to ask the interviewer"), in five languages."""
_ASKED_BACK = re.compile(r"(?i)(?:" + _ASKED_BACK_WORDS + r")")
"""A section of questions the candidate asks back."""
_META_SECTION = re.compile(
    # (after a section's number: "10. Questions to ask the interviewer"; not an
    # instruction: "19. Explain API documentation best practices.")
    r"(?i)^\W*(?:\d{1,3}\s*[.):]\s*\W*)?"
    # why the document asks what it asks ("🎯 Why These Questions?"), an invitation to ask
    # the author ("## Have doubt in this question ??")
    r"(?:have\s+(?:a\s+|any\s+)?(?:doubts?|questions?)\s+(?:in|about|on|for)\s+"
    r"(?:this\s+question|this|me)\W*$|"
    r"why\s+(?:these|this)\s+(?:questions?|list|repo(?:sitory)?|guide|course|collection|"
    r"readme|project|book)\W*$|"
    r"(?![\W\d]*(?:explain|describe|discuss|compare|outline|summari[sz]e|list|name|give|state|"
    r"define|what|why|which)\b)(?:how\s+(?:to|can\s+(?:i|you|we)|do\s+(?:i|you))\s+(?:contribute|help|cite|"
    r"support|use\s+(?:this|it|the)\b)|contribut(?:e|ing|ions?|ors?)\b|licen[sc]e\b|"
    r"acknowledge?ments?\b|credits\b|about\s+(?:this|the)\s+(?:repo|repository|project|list)\b|"
    r"introduction\W*$|who\s+is\s+this\s+(?:for|guide|list|repo)\b|"
    # an answering method ("Interview Framework", "Step 1: Clarify Requirements"): its
    # bullets are questions for the candidate to ask, not questions to practise
    r"(?:interview\s+|answer(?:ing)?\s+)?(?:prep(?:aration)?\s+)?(?:framework|checklist)\W*$|"
    # the exercises to tick off ("📊 Exercise Checklist"), tips in Spanish and Portuguese
    # ("Consejos Finales para Resolver Contrastes", "Dicas")
    # (not "Design checklist" over "- [ ] Design a ranking system …": tasks)
    r"(?:exercises?|progress|completion)\s+check-?list\W*$|"
    r"(?:[\w\s-]{0,20}\s)?(?:consejos|dicas|conselhos)\b[^\n?]{0,50}$|"
    # "Understanding the GSM-T Framework", "How to Practice Product Sense (… Approach)"
    # (not "Câu hỏi và trả lời về Flutter Framework": questions on a framework)
    r"(?![^\n]*(?:\bquestions?\b|c[âa]u\s+h[ỏo]i|问题|面试题))"
    r"(?:understanding\s+)?(?:the\s+)?[\w\s/&-]{0,30}\bframework\W*$|"
    r"how\s+to\s+(?:practi[cs]e|prepare|approach|answer|study|tackle|structure)\b|"
    # what the document covers ("🚀 Key Terraform Topics Included"; not a lesson's
    # "**Topics Covered**:" label, over its topics and then its question)
    r"(?:[\w\s/&-]{0,40}\s)?topics\s+included\W*$|"
    # the same in Spanish and Portuguese ("Cómo Responder Efectivamente")
    r"c[oó]mo\s+(?:responder|prepar(?:ar|arse|ar-se)|practicar|praticar|estudiar|estudar|"
    r"abordar|estructurar|estruturar)\b|"
    # advice on interviewing ("Interview Success Patterns", "Tips", "Best practices")
    r"(?:[\w\s:]{0,35}\b)?(?:success\s+patterns|tips(?:\s+and\s+tricks)?|advice|"
    r"best\s+practices)(?:\s+(?:for|on)\s+[\w\s/&-]{1,40})?\W*$|"
    # what the interviewer expects ("⚙️ Real Interview Expectations"): a list of skills
    r"(?:real\s+)?interview(?:er)?(?:'s)?\s+expectations\W*$|"
    # what kinds of question there are ("Question Types" over '**Coding** - "Implement
    # k-means"'): examples of each kind, not questions of the list
    r"(?:question|problem)\s+(?:types|categories|formats?)\W*$|"
    # how to shape an answer, its pitfalls, terms to know ("Answer Structure", "Common
    # Pitfalls", "Key Terms"), and the same in Chinese (tips, advice, checklist, pitfalls,
    # answer structure, key words)
    r"(?:answer(?:ing)?\s+structure|(?:common\s+)?pitfalls|key\s+terms)\b[^\n]{0,30}$|"
    r"(?:实战|答题|面试)?技巧|建议|检查清单|常见陷阱|回答结构|关键词|"
    r"(?:types|kinds|categories)\s+of\s+(?:interview\s+)?questions\W*$|"
    # how to use the bank, and what to listen for ("Using These Questions", "Red Flags
    # in Responses"); a checklist in Russian ("Чек-лист подготовки")
    r"using\s+(?:these|this|the)\s+(?:questions|question\s+bank|bank|list)\W*$|"
    r"red\s+flags\b[^\n]{0,30}$|чек-?лист\b[^\n]{0,30}$|"
    # what the class does together ("### Activities", "In-class Activities": "Form small
    # groups and discuss …"), beside its assessment and discussion questions
    r"(?:(?:in[- ]?class|class(?:room)?|group|learning|suggested)\s+)?activities\W*$|"
    # (not "Step 10: Common Interview Follow-ups", a step that is the questions)
    r"step\s*\d+\s*[:.)\-–—](?![^\n]*\b(?:questions|follow[- ]?ups?|q\s*&\s*a)\b)|"
    # a template to fill in ("# 项目复盘模板", a project review template, over "1. 背景：
    # 为什么要做这个项目。"): its fields, not questions
    r"(?:[\w\s/&-]{0,30}\s)?templates?\W*$|[^\n]{0,12}模板\W*$|"
    # how to hand the work in ("### Description" over "* Write SQL queries in a file
    # named … and send a merge request.")
    r"(?:(?:task|assignment|exercise)\s+)?description\W*$|"
    r"(?:how\s+to\s+)?submi(?:t|ssion)(?:\s+instructions)?\W*$|"
    # notes to self and pointers: a to-do list, resources, references, further reading
    r"(?:things\s+(?:left\s+)?to\s+(?:study|do|review|learn)|to-?dos?|"
    r"参考(?:资料|文献|链接|文章)?|待(?:完成|补充|更新|续)|"
    r"(?:other\s+|useful\s+|additional\s+)?(?:resources|references)|"
    r"further\s+reading|reading\s+list)\W*$|"
    # a study plan ("Study Plan" over "Week 1: Foundations"), a rubric for the interviewer
    r"(?:(?:study|prep(?:aration)?|learning|revision)\s+(?:plan|schedule|roadmap)|"
    r"(?:evaluation\s+|grading\s+|scoring\s+)?rubrics?|grading|scoring\s+guide|"
    # what a candidate must show ("Pass criteria" over "- Explain the story …")
    r"(?:pass(?:ing)?|success|evaluation|acceptance|grading|hiring)\s+criteria|"
    # what a lesson sets out to teach ("## Learning objectives" over "1. **Compute** …",
    # "### Lesson overview" over "- Describe the pros and cons of …", The Odin Project's)
    r"learning\s+(?:objectives|outcomes|goals)|lesson\s+(?:overview|objectives|goals))\W*$|"
    # what to study after a quiz ("## 📚 Key Learning Areas", "### If you missed
    # Serving questions (7-9):" over "- Practice deployment strategies")
    r"(?:key\s+)?(?:learning|focus|improvement)\s+areas\W*$|"
    r"areas\s+(?:to|for)\s+(?:review|improve(?:ment)?|focus\s+on)\W*$|"
    r"if\s+you\s+(?:missed|got\s+(?:\w+\s+)?wrong|struggled\s+with)\b|" + _ASKED_BACK_WORDS + r"))"
    # questions the candidate asks, not questions to practise (also in Spanish,
    # Portuguese, Russian and Chinese)
)
"""A heading about the document itself ("How to contribute?", "License"): what it holds
(a template question, an example) is not one of the list's questions."""
_QUESTIONS_HEADING = re.compile(
    r"(?i)\b(?:questions|q\s*&\s*a|qna|problems|exercises|puzzles|interview\s+tasks|"
    r"question\s+(?:flow|bank|list|set|pool))\b|"
    r"面试题|问题|问答|选择题|判断题|填空题|简答题|单选题|多选题|编程题|算法题|笔试|试题|"
    r"질문|preguntas|perguntas|вопросы|"
    # exercises, problems, questions: Italian, Spanish, Portuguese, French, German
    r"(?i:\b(?:esercizi|domande|quesiti|ejercicios|problemas|exerc[ií]cios|quest[õo]es|"
    r"exercices|probl[èe]mes|[üu]bungen|aufgaben|fragen)\b)|"
    r"(?i:các\s+câu\s+hỏi|câu\s+hỏi\s+phỏng\s+vấn|câu\s+hỏi\s+(?:và|&)\s+trả\s+lời)"
)
"""A heading naming the questions under it ("Theory Questions", "Practice problems")."""
_RUBRIC_LABEL = re.compile(
    r"(?i)[*_\s]*(?:measures?|signals?|what\s+to\s+look\s+for|look\s+for|"
    r"(?:evaluation|grading|scoring)\s+criteria|rubric)[*_\s]*[:：][*_\s]*"
)
"""A line over what the interviewer weighs ("Measure:", "What to look for:")."""
_TOPICS_LABEL = re.compile(
    r"(?i)[*_\s]*(?:key\s+concepts|concepts(?:\s+covered)?|topics(?:\s+covered)?|"
    r"what\s+you(?:'ll|’ll|\s+will)\s+(?:learn|build)|learning\s+(?:objectives|outcomes)|"
    r"deliverables|hands[- ]on|success\s+criteria|skills(?:\s+covered)?|focus(?:\s+areas)?|"
    # a lesson's closing summary ("You now understand:" over "- What Git is and why …")
    r"you\s+(?:now\s+)?(?:understand|know(?:\s+how\s+to)?|can)|you(?:'ve|’ve|\s+have)\s+learn(?:ed|t)|"
    r"what\s+you(?:'ve|’ve|\s+have)?\s+learn(?:ed|t))"
    r"[*_\s]*:?[*_\s]*:?\s*"
)
"""A label over a list of topics to study ("**Key Concepts**:"), not of questions."""
_ASK_BACK = re.compile(r"(?i)^\W*(?:ask|prepare|have)\b[^?]{0,40}\bquestions?\b[^?]*$")
"""A list parent telling the candidate to ask questions: its items are asked back."""
_RULES_SECTION = re.compile(
    r"(?i)\W*(?:(?:general|exam|programming|test|submission|additional)\s+)?"
    r"(?:instructions|rules|information)\W*"
)
"""A section of an exam's rules ("General Instructions"): what the candidate may do."""
_A_RULE = re.compile(
    r"(?i)\W*(?:you\s+(?:are|must|may|can|will|should|have)|it\s+is|do\s+not|don['’]t|"
    r"make\s+sure|please|the\s+(?:exam|test)|no\s|follow\s)"
)
"""A rule addressed to the candidate ("You are not allowed to …", "Make sure …")."""
_ANSWER_HEADING = re.compile(
    r"(?i)[\W_]*(?:a|ans|answers?|solutions?|explanation|"
    # the same in other languages ("````{dropdown} 解答", "### Respuesta")
    r"(?:参考)?答案|解答|答え|正解|解説|정답|해설|respuesta|resposta|r[ée]ponse|l[öo]sung|ответ)"
    r"\s*#?\s*\d*\s*[:.)\-–—]?[\W_]*"
)
_ABOUT_THE_CANDIDATE = re.compile(
    r"(?i)[\w ]{1,25}:\s*(?:can|could|did|do|does|will|would|are|is)\s+"
    r"(?:they|the\s+candidate|he\s+or\s+she)\b|what\s+to\s+look\s+for\b"
)
"""An interviewer's note on the candidate under a label ("Safety: Did they mention
retries?", "Focus: Can they …?"), not a question to practise."""
_SELF_CHECK = re.compile(
    r"(?i)can\s+(?:explain|implement|design|describe|derive|solve|build|write|code|discuss|"
    r"compare|identify|use|apply|articulate|debug|analy[sz]e|calculate|compute|choose|"
    r"evaluate|deploy|train|optimi[sz]e|walk|answer|handle|define|list|name|outline|reason|"
    r"recogni[sz]e|interpret|justify|estimate|sketch|draw|whiteboard|defend|diagnose)\b"
)
"""A line that says what someone can do ("Can explain attention basics"), asking no one."""
_QUESTION_WORDS_ELSEWHERE = (
    r"tanong|soalan|vraag|ot[áa]zka|[îi]ntrebare|ερώτηση|שאלה|প্রশ্ন|คำถาม|soru|frage|domanda|"
    r"pytanie|pregunta|pergunta|quest[aã]o|вопрос|питання|c[âa]u\s+h[ỏo]i|soal|السؤال|سؤال"
)
""""Question" in other languages, as it numbers one ("Tanong 6", "Otázka 3")."""
_NUMBER_ONLY = re.compile(
    r"(?i)(?:(?:question|q|problem|task|exercise|puzzle|no\.?|"
    + _QUESTION_WORDS_ELSEWHERE
    + r")\s*#?\s*)?"
    r"\d+(?:\.\d+)*[.):]?|"
    # "#### 1-3." (the third task of the first group)
    r"\d{1,3}-\d{1,2}[.):]|"
    # "1번문제", "17-1번 문제" (Korean: "problem number 1")
    r"\d{1,4}(?:-\d{1,2})?\s*번\s*(?:문제|질문)?"
)
_LABEL_HEADING = re.compile(
    r"(?i)[\W_]*(?:question|problem|prompt|the\s+question|问题|题目|질문|pregunta|pergunta)[\W_]*"
)
"""A heading that only says "Question": the paragraph under it is the question."""
_NUMBERED_HEADING = re.compile(r"(?i)^\s*(?:q(?:uestion)?\s*)?(\d{1,4})\s*[.):\-–—。、]\s*\S")
"""A heading numbered as an item ("## 14. Expected value", "### 3) …", "### Q1。…")."""


def _names_the_list(heading: str) -> bool:
    """Whether a heading only names the list of questions, a question mark or not ("###
    GIT Interview questions?")."""
    return (
        _LIST_TITLE.fullmatch(re.sub(r"[?？\s]+$", "", _normal(heading)).strip(" *_")) is not None
    )


def _heading_number(heading: str) -> re.Match[str] | None:
    """The number a heading is numbered with, after a symbol that leads it ("⭐ **3.
    StatelessWidget vs StatefulWidget**" → 3)."""
    text = heading.lstrip("*_ ")
    if text[:1] and not text[:1].isascii():
        text = re.sub(r"^[^\w\s]{1,3}\s*", "", text).lstrip("*_ ")
    return _NUMBERED_HEADING.match(text)


_TASK_BOX = re.compile(r"^\s*\[[ xX]\]\s+")
"""The box of a task-list item ("- [ ] Design …")."""
_BOLD_LABEL = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*(.*)$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_NUMBERED_LINE = re.compile(
    # "8 - ¿Qué es …?": a Spanish question opens with its inverted mark
    r"^\s{0,12}(\d{1,4})(?:[.)]\s+\S|\s*[-–—]\s*(?=[¿¡\"“'‘(]?[^\W\d_]))"
)
_BULLET_LINE = re.compile(r"^\s{0,12}[-*+]\s+\S")
# "(m)" counts unless it stands inside a sentence ("the gradient (m) and its square") or
# is glued to a word ("O(h)", "a[m]": a call or an index);
# "【基础】", "〔进阶/高频〕" (basic, advanced / asked often) in Chinese lists
_DIFFICULTY = [
    (
        re.compile(
            r"(?<!\w)\[\s*e\s*\]|(?<![^\W\d_]\s)(?<!\w)\(\s*e\s*\)|(?<!\w)\(\s*e\s*\)(?=[\s*_.:?!]*$)|"
            r"🟢|\[\s*easy\s*\]|\(\s*easy\s*\)"
            r"|[【〔［]\s*(?:基础|简单|初级|容易)(?:\s*/\s*[^】〕］/\n]{1,6})?\s*[】〕］]",
            re.I,
        ),
        "easy",
    ),
    (
        re.compile(
            r"(?<!\w)\[\s*m\s*\]|(?<![^\W\d_]\s)(?<!\w)\(\s*m\s*\)|(?<!\w)\(\s*m\s*\)(?=[\s*_.:?!]*$)|"
            r"🟡|🟠|\[\s*medium\s*\]|\(\s*medium\s*\)"
            r"|[【〔［]\s*(?:进阶|中等|中级)(?:\s*/\s*[^】〕］/\n]{1,6})?\s*[】〕］]",
            re.I,
        ),
        "medium",
    ),
    (
        re.compile(
            r"(?<!\w)\[\s*h\s*\]|(?<![^\W\d_]\s)(?<!\w)\(\s*h\s*\)|(?<!\w)\(\s*h\s*\)(?=[\s*_.:?!]*$)|"
            r"🔴|\[\s*hard\s*\]|\(\s*hard\s*\)"
            r"|[【〔［]\s*(?:困难|高级|高阶|难)(?:\s*/\s*[^】〕］/\n]{1,6})?\s*[】〕］]",
            re.I,
        ),
        "hard",
    ),
]
_QUESTION_TYPE = re.compile(
    r"[(（\[【]\s*(?:单选|多选|不定项(?:选择)?|选择|简答|判断|填空|问答|论述|编程|计算)题?\s*[)）\]】]"
    r"|(?i:\(\s*(?:mcq|multiple[- ]choice|single[- ]choice|short[- ]answer|true\s*/\s*false)\s*\))"
)
"""A question's kind beside it ("(单选)": single choice, "(简答)": short answer, "(MCQ)"):
evidence that it asks, as a difficulty marker is."""
DEFAULT_LEGEND: dict[str, str] = {"👶": "easy", "⭐": "medium", "🚀": "hard"}
"""Difficulty symbols common enough to read without a legend."""
_LEVEL_GLYPHS = ("🟢", "🟡", "🟠", "🔴", "👶", "⭐", "🚀")
"""Symbols that mark a level: two on one line that asks nothing make a legend."""
_LEVEL_WORDS = {
    "easy": "easy",
    "beginner": "easy",
    "basic": "easy",
    "junior": "easy",
    "medium": "medium",
    "intermediate": "medium",
    "moderate": "medium",
    "hard": "hard",
    "expert": "hard",
    "advanced": "hard",
    "senior": "hard",
    "difficult": "hard",
}
_LEVEL_LABEL = re.compile(r"(?i)warm[- ]?up|" + "|".join(_LEVEL_WORDS))
_LEVEL_LEAD = re.compile(
    r"^\s*(\*\*|__)(?P<level>" + _LEVEL_LABEL.pattern[4:] + r")\s*:?\1\s*:?\s*(?=\S)",
    re.IGNORECASE,
)
"""`**Warm-up:** Implement …`: a level before the task, its difficulty."""
_PLAIN_LEVEL_LEAD = re.compile(
    r"(?i)^\s*(junior|mid[- ]level|senior|easy|medium|hard|beginner|intermediate|advanced|expert|"
    # "Somewhat harder: split an array on whitespace into words.": harder than those above
    r"(?:somewhat\s+|a\s+bit\s+|even\s+)?(?:harder|tougher|trickier))"
    r"\s*[:：]\s*(?=\S)"
)
"""A level, in plain words, before the question ("Junior: Why Is My DAG Not Running?")."""
_LEVEL_HEADER = re.compile(r"(?i)\W*(?:" + "|".join(_LEVEL_WORDS) + r")\s*[:\-–—]")
"""A level heading a group of questions in plain text ("🟢 Easy: Foundations")."""
_LEVEL_ONLY = re.compile(
    r"(?i)\s*[*_]*\s*(?:\[(?P<tag>[^\]\n]{1,40})\]\s*)?(?:difficulty|level)\s*[*_]*\s*[:：\-–—]\s*"
    r"[*_]*\s*(?P<level>" + "|".join(_LEVEL_WORDS) + r")\s*[*_]*\s*"
)
"""A line that only states a level ("[Technical] Difficulty: Easy"), over its question."""
_STATED_LEVEL = re.compile(
    r"(?i)\s*(?:[a-z]{3,12}\s*[-–—/,:|]\s*)?(?P<level>"
    + "|".join(_LEVEL_WORDS)
    + r")(?:\s*[-–—/,:|]\s*[a-z]{3,12})?\s*"
)
"""A question's label that states only its level ("**Question 1**: Remember - Basic",
a Bloom level and a difficulty), over the question itself."""
_TRAILING_SHORTCODES = re.compile(r"(?:\s*:[a-z0-9+-]+(?:\\?_[a-z0-9+-]+)*:)+\s*$")
"""GitHub emoji names after a question (":star:", ":triangular\\_flag\\_on\\_post:")."""
_LEGEND_PAIR = re.compile(
    # a symbol, not ASCII punctuation ("Easy/Medium/Hard" states no legend)
    r"([^\x00-\x7f\w\s]{1,3})\s*[-=:]?\s*(" + "|".join(_LEVEL_WORDS) + r")\b",
    re.IGNORECASE,
)
_LEGEND_ENTRY = re.compile(
    r"[ \t]*(?:[-*+]|\d{1,2}[.)])?[ \t]*[^\x00-\x7f\w\s]{1,3}[ \t]*(?:\*\*|__)?[ \t]*(?:"
    + "|".join(_LEVEL_WORDS)
    + r")[ \t]*(?:\*\*|__)?[ \t]*(?:[-–—:=]|\*\*|__|$)",
    re.IGNORECASE,
)
"""A line of a legend list: a symbol and the level it stands for ("- 🟢 **Beginner** -
Basic WHERE clauses …")."""
_TRAILING_LEVEL = re.compile(r"\s*[-–—:|]\s*(easy|medium|hard)\s*$", re.IGNORECASE)
_TRAILING_SCORE = re.compile(
    r"(?i)[\s\-–—]*[(（\[]\s*\d{1,3}(?:\.\d)?\s*(?:分|points?|pts?|marks?|p|балл\w*|puntos?|pontos?|คะแนน)\s*[)）\]]"
    r"[\s.。]*$"
)
"""What a question scores in an exam ("… - (5分)", "…（5分）", "… [10 points]")."""
_PLACEHOLDERS = re.compile(
    r"^\W*(answer(\s+(goes\s+)?here)?|answers?|solution|your answer( goes)?( here)?|todo|tbd|to do|"
    r"coming soon|wip|n/?a|placeholder|fill (this )?in|\.\.\.|…|"
    # "*Answer coming soon...*", "Solution will be added soon"
    r"(?:answers?|solutions?)\s+(?:(?:is|are|will\s+be)\s+)?(?:coming|added|posted)\s+soon|"
    # an answer box left for the reader ("[Your text here]", "[Seu texto aqui]")
    r"(?:write\s+)?your (?:text|answer|notes) here|seu texto aqui|sua resposta aqui|"
    r"tu (?:texto|respuesta) aqu[ií]|escribe (?:aqu[ií]|tu respuesta)|ваш ответ|"
    r"(?:answer:?\s*)?(?:to be|will be|yet to be) (?:filled|added|written|updated|answered)"
    r"(?: in| later| soon)?|"
    # an invitation to answer elsewhere ("欢迎在 Issue 区留下你的答案", "Leave your answer in
    # the comments")
    r"(?:欢迎|请)?在\s*issues?\s*区?(?:留下|写下|提交|讨论)(?:你的)?(?:答案|想法|解答)|"
    r"(?:please\s+)?(?:leave|post|share|add)\s+your\s+(?:answer|solution)s?\s+(?:in|as)\s+"
    r"(?:an?\s+|the\s+)?(?:issues?|comments?|discussions?))\W*$",
    re.IGNORECASE,
)
_ANSWER_SPACE = re.compile(
    r"(?im)^[\s*_]*(?:espa[çc]o\s+para\s+(?:a\s+)?resposta|espacio\s+para\s+(?:la\s+)?respuesta|"
    r"space\s+for\s+(?:your\s+)?answer|your\s+answer|sua\s+resposta|tu\s+respuesta|"
    r"место\s+для\s+ответа)[\s*_]*:?[\s*_]*$"
)
"""The label over a box left for the reader's answer ("**Espaço para resposta:**")."""
_SOURCE_LINK = re.compile(
    # ("[(сайт)](…)", "(site)" in brackets)
    r"\s*\[?\[\s*\(?\s*(?:src|source|link|here|ref|reference|answer|solution|video|\d+|"
    r"site|сайт|sitio|"
    # "…?[Reread](notes.md#perceptron)": where to read it again
    r"re-?read|read\s+more|learn\s+more|see\s+more|more|details|revisit|review|notes|docs|"
    # "[Trả lời](…)", "[Respuesta](…)", "[答案](…)": "answer" in other languages
    # ("[[more]](…#q-value)": the word in brackets of its own, then the link)
    r"tr[ảa]\s+l[ờo]i|respuesta|resposta|r[ée]ponse|antwort|ответ|答案|解答|답변)\s*\)?\s*\]\]?"
    r"\(\s*<?([^()\s>]+(?:\([^()\s]*\))?)>?(?:\s+\"[^\"]*\")?\s*\)\]?\s*$",
    re.IGNORECASE,
)
_CITED_LINE = re.compile(
    r"(?im)^[ \t]*\[\s*\(?\s*(?:src|source|ref|reference|link)\s*\)?\s*\]"
    r"\(\s*<?([^()\s>]*)>?\s*\)[ \t]*(?:\n|$)"
)
"""A line that only cites where a card comes from ("[(src)](https://…)", "[src]()")."""
_TRAILING_PAREN = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*\.?\s*$")
_INTERROGATIVE = re.compile(
    # "How we scaled …", "What I learned …" are titles: a wh-word, then a subject with no
    # auxiliary ("How do we …" asks)
    # (the subject before any verb: "What this is", "What you're looking for")
    r"^(?!(?:what|why|how|when|where|who)\s+(?:i|we|you|they|he|she|it|this|these|our|my)"
    r"(?:['’]\w+)?(?:\s|$))"
    # "What to do when you get the email", "What to expect": a title ("When to use L1
    # vs L2" and "How to …" ask)
    r"(?!what\s+to\s)"
    r"(?:what|what's|whats|why|how|when|where|which|who|whom|whose|is|are|"
    # ("Was it …?", not the German "Was du vermeiden solltest", "what you should avoid")
    r"(?:was|were)(?!\s+(?:du|ihr|man|wir|ich|sie|er|es|ist|sind|bedeutet|macht)\b)|"
    r"(?:in|on|for|at|by|with|from|to|under|of) (?:what|which|whom|how many|how much)|"
    r"can|could|do|does|did|should|would|will|has|shall|may|might|must|"
    r"have (?:you|we|they|i|there)\b)\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    # "Carefully explain …", "Briefly describe …": the instruction after its adverb
    r"^(?:(?:please|carefully|briefly|clearly|concisely|succinctly|precisely|formally|"
    r"intuitively|rigorously)\s+){0,2}"
    r"(?:explain|describe|derive|given|implement|write|compare|contrast|discuss|define|extend|"
    r"list(?!\s+of\b)|(?:the\s+)?differences?\s+between|"
    r"state|prove|show|design|draw|calculate|compute|find|estimate|give|"
    r"tell (?:me|us|all\s+the)|suppose|assume|consider|imagine|say|build|outline|make (?:a|an) |"
    r"your (?:task|job|goal|assignment|challenge) is to|"
    r"walk (?:me |us )?through|sketch|count|"
    # "Go through an array and output the first non-repeated element."
    r"go (?:through|over) (?:a|an|the|each|every|all|this|these)\b|"
    r"talk (?:(?:to )?(?:me|us) )?(?:about|through)|"
    r"return|select|solve|evaluate|analy[sz]e|identify|propose|suggest|differentiate|"
    r"distinguish|elaborate|illustrate|justify|summari[sz]e|formulate|construct|develop|detail|"
    r"highlight|argue|"
    r"simulate|determine|code|program|create|enumerate|mark|complete (?:the|this|these)|choose|"
    r"fill in|run|retrieve|fetch|perform|extract|display|obtain|rewrite|provide|convert|"
    # "Get the names of employees who live in Delhi.": a query to write (not "Get started")
    r"get (?!started|ready|familiar|comfortable|help|in touch|back|going)|"
    # "Insert the correct method for creating a NumPy array.": an exercise's blank
    r"insert|"
    # "Query a list of CITY names from STATION …": a query to write (HackerRank's tasks)
    r"query (?:the|a|an|all|each|every)\b|"
    r"concatenate|name\s+(?![:=])|interpret|predict|"
    # "Express the function … in terms of Θ-notation." (not "Express middleware", the
    # framework)
    r"express (?:the|each|this|these|it|them|your)\b|"
    # "Fit a logistic regression model that uses …", "Repeat the process in (b) three
    # times": a statistics exercise's steps
    r"fit (?:a|an|the|your)\b|repeat (?:the|this|these|steps?|parts?|\()|"
    r"plot|annotate|prove|true or false|answer the following|diagnose|debug|troubleshoot|"
    r"mention|recount|introduce yourself|convince|persuade|pitch (?:me|us)|sell me|"
    r"list (?:down|out|the|some|all|\w+ (?:ways|reasons))|"
    r"name (?:the|some|a|an|one|two|three|four|five|\w+ (?:ways|reasons|examples))|pick|"
    r"fix|optimi[sz]e|parallelize|"
    # a system administrator's tasks ("Configure YUM repos …", "Set the boot target to …",
    # "Reboot the system.", an exam's practical part)
    # (a sentence, or naming a file, a command or a host: not "## Configure local storage",
    # a section's name)
    r"(?:configure|(?:un)?install|copy|kill|reboot|activate|compress|archive|enable|disable|"
    r"(?:un)?mount|synchroni[sz]e|locate|schedule|assign|rename|restart|prioriti[sz]e|"
    r"resize|partition|restore|set (?:the|a|an))\b(?=[^\n]*(?:\.\s*$|[`\"/]))|"
    # "Share a time you built …": a story asked for
    r"share (?:a|an|one|your|some) (?:time|example|story|experience|situation|instance|scenario)|"
    # ("Compute & Access Control", "Build / Deploy": a section's name, not an order)
    # ("**You're now ready to tackle …!**": a cheer, not a scenario)
    r"let's say|(?:you are|you're|you have)(?![^\n]*!\W*$))\b(?!\s*[:：])(?!\s+[&/+]\s)"
    # ("select is for channels; switch is for any values": the word is the subject)
    r"(?!\s+(?:is|are|was|were|does|has)\s)"
    r"|^(?:true or false|answer the following|benar atau salah|verdadero o falso|"
    r"verdadeiro ou falso|vrai ou faux|vero o falso|richtig oder falsch|wahr oder falsch|"
    r"doğru mu yanlış mı)\b",
    re.IGNORECASE,
)
_JUDGE_THIS = re.compile(
    r"(?i)(?:true or false|benar atau salah|verdadero o falso|verdadeiro ou falso|vrai ou faux|"
    r"vero o falso|richtig oder falsch|wahr oder falsch|doğru mu yanlış mı)\b"
)
"""A statement to judge, by its lead ("True or false: …", "Vrai ou Faux : …")."""
_CJK_ASKS = re.compile(
    r"什么|为什么|为何|如何|怎么|怎样|哪些|哪个|哪种|是否|多少|吗[。]?$|呢[。]?$|"
    # the same in traditional characters ("有什麼不同", "是哪五個"), and "the difference"
    # or "name one" ("`val` 和 `var` 的不同", "舉出一個可用 Kotlin 寫後端的框架")
    r"什麼|為什麼|為何|怎麼|哪個|哪種|是哪.{0,2}個|嗎[。]?$|的(?:不同|差異|區別)\s*$|^\s*舉出|"
    # "have you (or not)", "can you (or not)", "will it (or not)": a yes-no question
    r"有没有|能不能|会不会|可不可以|"
    # instructions: "briefly talk about", "explain", "compare", "derive", "the difference"
    r"讲一下|讲讲|说一下|说说|谈谈|谈一下|介绍一下|介绍下|解释|简述|概述|描述一下|推导|"
    # "tell", "name a few", "talk about", "write a" (a task): "说下…的使用场景", "写一个tab切换"
    r"(?:^\s*|[，,]\s*)(?:说下|说出|谈下)|^\s*写一个|用[\w$]{1,12}写一个|"
    r"手写|手推|对比|比较一下|区别|"
    # "write code for", "implement", "compute", "design a", "prove", "(possible) reasons",
    # "where is it better", "the principle of", "give the formula"
    r"写代码|代码实现|实现一下|证明|原因|好在哪|的原理|给出|"
    # (not "设计一个高并发系统时，我会…": "when designing one, I would …")
    r"设计一个(?![^，,。\n]*时\s*[，,])|"
    # "please (briefly) introduce / summarise / explain …"; "implement …", "write …"
    r"请(?:简要|简单|详细)?(?:介绍|总结|说明|解释|描述|分析|列举|比较|谈谈|写出|汇总)|^\s*(?:实现|编写|写出)|"
    # "介绍PPO算法" ("introduce the PPO algorithm"), "Transformer整体介绍" ("… overall")
    r"^\s*介绍|介绍$|"
    # "列出 5 个最可能的原因…" ("list the five likeliest causes") opening a line
    r"(?:^|\n)\s*(?:列出|列举)|"
    # "讨论在高流量Web应用中…" ("discuss …"), "比较Docker容器和…" ("compare …") opening a line
    # (not "描述：" labelling a description)
    r"^\s*(?:讨论|比较|描述|分析)(?![：:\s])|"
    # a textbook's exercise: "试述 SQL 语言的特点" ("try to state …"), "找出所有供应商的
    # 姓名" ("find …"), "用 SQL 语句建立…" ("with SQL, build …"), "…，写出下列查询…"
    r"^\s*(?:试述|试说明|试写出|试画出|试用|试比较|找出|求出|画出|用\s*SQL)|[，,]\s*(?:写出|找出|求出|画出)"
)
"""Chinese question words: a line with one asks even without a question mark."""
_PERSIAN_TASK = (
    r"(?:بنویسید|توضیح\s+(?:دهید|بدهید)|شرح\s+(?:دهید|بدهید)|محاسبه\s+کنید|مقایسه\s+کنید|"
    r"پیدا\s+کنید|تعریف\s+کنید|بسازید|پیاده[\u200c\s]?سازی\s+کنید|حل\s+کنید|رسم\s+کنید|"
    r"تکرار\s+کنید|چاپ\s+کنید)"
)
_OTHER_ASKS = re.compile(
    # Spanish and Portuguese: explain, describe, define, compare, list, give an example;
    # what is / how / why
    r"(?i)^(?:explique|explica|expliqu[eé]|descreva|describa|defina|compare|cite|liste|diferencie|"
    # exercises: "Faça um programa que …", "Crie …", "Altere o programa …", "Haga un …"
    r"fa[çc]a\s+(?:um|uma|o|a)|crie|altere|modifique|desenvolva|elabore|construa|"
    r"haga\s+(?:un|una|el|la)|cree\s+(?:un|una)|desarrolle|construya|"
    # the informal imperative and the infinitive of instructions: "Crea un archivo …",
    # "Escribe una función …", "Elaborar um programa que …", "Desenvolver um programa …"
    r"crea\s+(?:un|una|el|la)|escribe\s+(?:un|una|el|la)|configura\s+(?:un|una|el|la)|"
    r"(?:elaborar|desenvolver|escrever|criar|implementar)\s+(?:um|uma|o|a)\s|"
    r"enumere|calcule|implemente|escreva|escriba|diga|d[eê] um exemplo|d[eé] un ejemplo|"
    # a statistics exercise's order: "Pruebe la hipótesis …", "Determine si …"
    r"pruebe|prueba\s+la|determine|encuentre|halle|demuestre|estime|interprete|compruebe|"
    r"o que (?:é|são)|qu[eé] (?:es|son)|c[oó]mo|por qu[eé]|cu[aá]l(?:es)?|qua(?:l|is)|"
    r"proporciona|proporcione|menciona|mencione|nombra|indica|indique|relate|cu[eé]ntenos|cu[eé]nteme|"
    r"cu[eé]ntame|cu[eé]ntanos|h[aá]blame|h[aá]blanos|conte|fale|"
    # "Para qué se usa …", "Diferencia entre == y ===", "Diferença entre …"
    r"para qu[eé]|diferencias? entre|diferen[çc]as? entre|"
    # an exercise set in the infinitive ("Escrever uma função em Python para …")
    r"escrever\s+uma?|escribir\s+una?|encontrar\s+(?:o|a|os|as|el|la|los|las|dois|dos)|"
    r"explicar\s+(?:o|a|os|as|el|la|los|las|lo|por|como|c[oó]mo|qu[eé])|descrever|describir|"
    # Spanish exercises in the infinitive: "Indicar cuál de los shaders …", "Agregar un
    # nuevo atributo …", "Calcular el …"
    r"(?:indicar|agregar|añadir|modificar|calcular|implementar|completar|realizar|dibujar|"
    r"determinar|demostrar)\s+(?:un|una|el|la|los|las|lo|al|cu[aá]l|qu[eé]|c[oó]mo|otr[oa]s?)\b)\b|"
    # Italian: a task in the infinitive, the informal or the formal imperative ("Scrivere
    # un programma che …", "Scrivi una funzione …", "Spiega la differenza …", "Calcolare
    # la somma …"), and "what is" ("Che cos'è …", "Cosa si intende per …")
    r"^(?:scrivere|scrivi|scriva|scrivete|spiegare|spiega|spieghi|spiegate|descrivere|"
    r"descrivi|descriva|calcolare|calcola|calcoli|implementare|implementa|implementi|"
    r"definire|definisci|confrontare|confronta|dimostrare|dimostra|creare|"
    r"crea|realizzare|realizza|trovare|trova|determinare|determina|illustrare|illustra|"
    r"progettare|progetta|modificare|modifica)\s+"
    r"(?:un|una|uno|un['’]|il|lo|la|l['’]|i|gli|le|che|come|perch[ée]|quale|quali|cosa|"
    r"tutt[ioe]|due|tre|se|per|in|il\s+valore|la\s+differenza)\b|"
    r"^(?:che\s+)?cos['’]\s*[èe]\b|^cosa\s+si\s+intende|"
    # French and German: explain, describe, compare, define, give; what is / how / why
    r"^(?:expliquez|explique|d[eé]crivez|d[eé]cris|comparez|d[eé]finissez|citez|donnez|"
    r"qu['’]est-ce|comment|pourquoi|quel(?:le)?s?|erkl[aä]ren sie|erkl[aä]re|"
    # "Où est l'erreur …", "Combien de …", "Quand …", "Lequel …" (French)
    r"o[ùu]\s+(?:est|sont|se)|combien|quand|lequel|laquelle|lesquel(?:le)?s|"
    # French tasks in the imperative ("Écrivez …") or the infinitive of instructions
    # ("Créer une fonction …", "Écrire un algorithme qui …", "Calculer la …")
    r"[ée]crivez|cr[ée]ez|calculez|impl[ée]mentez|d[ée]terminez|trouvez|montrez|d[ée]montrez|analysez|"
    r"justifiez|proposez|compl[ée]tez|(?:cr[ée]er|[ée]crire|calculer|d[ée]finir|impl[ée]menter|"
    r"d[ée]terminer|trouver|d[ée]montrer|justifier|proposer|compl[ée]ter|convertir|"
    # queries to write: "Récupérer tous les albums …", "Afficher le prix …"
    r"r[ée]cup[ée]rer|afficher|supprimer|donner|lister|compter|ajouter|ins[ée]rer|"
    r"s[ée]lectionner|modifier|expliquer|d[ée]crire|comparer)\s+"
    r"(?:une?|les?|la|l['’]|des|du|deux|trois|cette|ces|ce|tou(?:s|tes?)|pour)|"
    r"beschreiben sie|beschreibe|vergleichen sie|was ist|was sind|"
    # the informal imperative of a German exercise: "Schreibe ein Struktogramm …",
    # "Nenne den logischen Fehler …", "Formuliere die Bedingung …"
    r"schreibe|nenne|formuliere|implementiere|berechne|bestimme|vergleiche|begr[üu]nde|"
    r"skizziere|entwickle|erstelle|erg[äa]nze|programmiere|gib\s+(?:an|die|den|das|eine?n?)\b|"
    # (not "Was du vermeiden solltest", "what you should avoid": the verb last, a title)
    r"(?:warum|wie)(?!\s+(?:du|ihr|man|wir|ich)\s[^?]*$)|welche[rsnm]?|"
    # the formal imperative: "Nennen Sie …", "Stellen Sie … dar", "Konvertieren Sie …"
    r"[a-zäöüß]{2,}(?:en|ern|eln)\s+sie)\b|"
    # Polish: write, tell, explain, describe, compare, implement, design; what is (not
    # "jak", also "as" and "when": a line that asks with it has its mark)
    r"^(?:napisz|opowiedz|wyja[śs]nij|opisz|por[óo]wnaj|zaimplementuj|zaprojektuj|"
    # exercises: print, read in, ask the user, find, compute, create, state, check
    r"wypisz|wczytaj|popro[śs]|znajd[źz]|oblicz|policz|stw[óo]rz|utw[óo]rz|podaj|wyznacz|"
    r"posortuj|zdefiniuj|"
    r"co\s+to\s+jest|czym\s+(?:jest|s[ąa]|r[óo][żz]ni))\b|"
    # Bulgarian: write, explain, describe, find, compute, create, compare, implement
    # ("Напишете програма, която …"), after a "Задача" (task) label or not
    r"^(?:(?:\*\*|__)?задача(?:\*\*|__)?\s*\d*[.:]?\s*(?:\*\*|__)?\s*)?"
    r"(?:напишете|напиши|обяснете|обясни|опишете|опиши|намерете|намери|пресметнете|"
    r"изчислете|създайте|сравнете|реализирайте|въведете|изведете|отпечатайте|отпечатай|"
    r"съставете|да\s+се\s+(?:напише|изведат?|състави|намери|пресметне|отпечата|въведе))\b|"
    # Czech: write, find, count, create, explain, describe, implement, remove, compare,
    # design, reverse; what is (tasks of a list: "Najdi největší číslo v seznamu.")
    r"^(?:napi[šs](?:te)?|najd(?:i|ěte)|spo[čc][íi]tej(?:te)?|vypo[čc][íi]tej(?:te)?|"
    r"vytvo[řr](?:te)?|vysv[ěe]tli(?:te)?|popi[šs](?:te)?|implementuj(?:te)?|odstra[ňn](?:te)?|"
    r"porovnej(?:te)?|navrhn(?:i|ěte)|oto[čc](?:te)?|zapi[šs](?:te)?|vypi[šs](?:te)?|"
    r"se[řr]a[ďd](?:te)?|p[řr]eve[ďd](?:te)?|zjisti(?:te)?|rozd[íi]l\s+mezi|co\s+je(?:\s+to)?)\b|"
    # Thai: explain, compute, compare, write, find, give an example, and the exam's "จง"
    # before its order ("จงอธิบาย …", "must explain"); what, why, how, whether at the end
    # ("… คืออะไร") (no spaces between Thai words)
    # ("ำ" is "ํา" once normalised: both are read)
    r"^(?:จง|อธิบาย|ค(?:ำ|ํา)นวณ|เปรียบเทียบ|เขียนโปรแกรม|ยกตัวอย่าง)|"
    r"จง(?:อธิบาย|ค(?:ำ|ํา)นวณ|หา|เขียน|แสดง|พิสูจน์|เปรียบเทียบ|บอก|ยกตัวอย่าง|ออกแบบ)|"
    r"(?:คืออะไร|อะไร|ท(?:ำ|ํา)ไม|อย่างไร|หรือไม่|ไหม)\s*[?]?\s*$|"
    # Albanian: what (is), which, how, why, when, where, how many, can; write, explain,
    # describe ("Çfarë është një funksion?", "Shkruaje nje arrow function")
    r"^(?:[çc]far[ëe]|cil(?:i|a|at|ët|et)|pse|kur\s+(?:p[ëe]rdoret|duhet)|ku\s+(?:p[ëe]rdoret|[ëe]sht[ëe])|"
    r"sa\s+(?:[ëe]sht[ëe]|jan[ëe])|a\s+mund|shkruaj(?:e|ni)?|shpjego(?:ni)?|p[ëe]rshkruaj(?:ni)?|"
    r"krahaso(?:ni)?)\b|"
    # Armenian: what (is), why, how, which, what for, when, where, how many, whether;
    # explain, describe ("Ինչ է NAN և ինչպես …", "Ինչի համար է typeof օպերատորը")
    r"^(?:ինչ|ինչու|ինչպես|ինչի|ինչն|որոնք|որն|որը|որ\s+\S+ն|երբ|որտեղ|քանի|արդյոք|"
    r"բացատրեք|բացատրիր|նկարագրեք|նկարագրիր|համեմատեք|գրեք|գրիր)(?=[\s,.:])|"
    # Indonesian and Malay: make, write, explain, name, implement, study, compute, find,
    # determine, compare, design, draw ("Buatlah langkah-langkah …", "Jelaskan …")
    r"^(?:buat(?:lah)?|tulis(?:kan|lah)?|jelaskan(?:lah)?|sebutkan(?:lah)?|"
    r"implementasikan(?:lah)?|pelajari(?:lah)?|hitung(?:lah)?|carilah|tentukan(?:lah)?|"
    r"bandingkan(?:lah)?|rancang(?:lah)?|gambarkan(?:lah)?|uraikan(?:lah)?|berikan)\b|"
    # Finnish: write, implement, explain, describe, compare, compute, find, create,
    # modify, install; what is, why, how ("Kirjoita ohjelma, joka …", a task)
    r"^(?:kirjoita|toteuta|toteutetaan|selitä|kuvaile|kuvaa|vertaa|laske|etsi|luo|muokkaa|"
    r"asenna|jatka|laajenna|tutustu|tulosta|hae|lisää|muuta|ohjelmoi|"
    r"määritä|tee\s+(?:ohjelma|funktio|luokka|skripti)|mikä\s+on|mitkä\s+ovat|miksi|miten|"
    r"mitä\s+(?:eroa|tarkoittaa|tekee))\b|"
    # Russian: explain, describe, tell, compare, name, give, prove, derive; what is
    r"^(?:объясни(?:те|ть)?|опиши(?:те)?|описать|расскажи(?:те)?|сравни(?:те)?|"
    r"назови(?:те)?|приведи(?:те)?|докажи(?:те)?|выведи(?:те)?|что такое|чем отличается|"
    r"напиши(?:те)?|перечисли(?:те)?|предложи(?:те)?|оцени(?:те)?|реализуй(?:те)?|"
    r"покажи(?:те)?|за сч[её]т чего|"
    # exercise orders: find, compute, determine, write out, build, create, output, get
    # ("Найдите производителей принтеров.", "Вычислите …", "Определите …")
    r"найди(?:те)?|вычисли(?:те)?|определи(?:те)?|посчитай(?:те)?|подсчитай(?:те)?|"
    r"построй(?:те)?|создай(?:те)?|составь(?:те)?|выпиши(?:те)?|получи(?:те)?|"
    r"выведите|укажи(?:те)?|решите|реши|"
    # Ukrainian: explain, describe, write, compare, give, tell; what is, how differs
    r"поясн(?:и|іть)|опиш(?:и|іть)|напиш(?:и|іть)|порівня(?:й|йте)|навед(?:и|іть)|"
    r"розкаж(?:и|іть)|що таке|чим відрізня)|"
    # Russian and Ukrainian question words: what, how, which, why, what for, when, where,
    # who, how many, in what, can / is there ("Какие методы в классе Object знаешь",
    # "Для чего нужна JVM")
    r"^(?:что|как|как(?:ие|ой|ая|ое|им|ую|ов|ова|овы|их)|почему|зачем|для чего|когда|где|"
    r"кто|сколько|в ч[её]м|чем|можно ли|есть ли|нужно ли|що|як|як(?:і|ий|а|е|им|у)|чому|"
    r"навіщо|для чого|коли|де|хто|скільки|чи)\b|"
    # a yes-no question: "ли" after its first word or two ("Может ли …", "Правда ли …")
    r"^(?:[^\W\d_]+[ \t]+){1,2}ли\b|"
    # Korean: "… 설명해주세요", "… 무엇인가요", "… 해보세요", "… 설명해봅시다", "… 얘기하라",
    # "… 서술하시오"
    r"(?:주세요|하세요|보세요|인가요|일까요|습니까|나요|을까요|봅시다|하라|시오|십시오)"
    r"\s*[.。]?(?:\s*\([^)]*\))?\s*$|"
    # Korean prompts written as a noun: "the difference", "an
    # explanation of" ("postgresql과 mysql의 차이점.", "JOIN에 대한 설명과 원리")
    r"(?:차이점|차이는|에\s*대한\s*설명|에\s*대해\s*설명)|"
    # a question left in its plain form ("도커는 어떻게 작동하는지", "무엇인가"), a prompt
    # ending on a noun ("쿠버네티스 간단 설명", "pod, replicaset, ingress 차이"), and the
    # question words how, why, what, which, when
    r"(?:는지|인가|는가|간단\s*설명|대해서?\s*설명|차이)\s*[.。]?\s*$|"
    # ("멀티 쓰레드 프로그래밍 특징", "다중상속을 사용하지 않는 이유", "싱글톤 패턴의 사용방식",
    # "git의 Staging Area 영역이란": the features, the reason, the way it is used, what … is)
    # (after the thing named: "특징" alone is a sub-heading, "features")
    r"(?<=\S)[ \t]*(?:특징|이유|장단점|원리|(?:동작|작동|사용|통신)\s*방식|역할|이?란)"
    r"\s*[.。]?\s*$|"
    r"(?:^|\s)(?:어떻게|왜|무엇(?:인가|이|을|인지)?|어떤|언제)(?=[ \t]+\S)|"
    # Japanese: "… 説明してください", "… ですか", "… でしょうか"; a task in the plain
    # form ("JS で Deep Clone を実装する", implement …)
    r"(?:ください|なさい|せよ|ですか|ますか|でしょうか)\s*[.。]?\s*$|"
    r"を(?:実装|説明|比較|設計|作成|証明|導出)する\s*[.。]?\s*$|"
    # an exercise's order in the plain imperative, where its sentence ends ("…を取得する
    # SQL文を書け。ただし、…": write the SQL that …; find, answer, show, state, choose)
    r"(?:書け|求めよ|答えよ|示せ|述べよ|選べ|挙げよ|せよ)(?=[。．.]|\s*$)|"
    # Turkish: explain, define, show, write, compare, tell; what is, what are
    r"(?:açıklayın(?:ız)?|açıklar\s+mısınız|tanımlayın(?:ız)?|gösterin(?:iz)?|yazın(?:ız)?|"
    r"karşılaştırın(?:ız)?|anlatın(?:ız)?|nedir|nelerdir|ne\s+demektir)\s*[.?]?\s*$|"
    # "Aşağıdakilerden hangisi … bilgidir." (which of the following …): a choice to make
    r"\bhangi(?:si|leri|sidir)\b|"
    # Vietnamese: "(Bạn) hãy giải thích …", "Mô tả …", "So sánh …", "Tại sao …";
    # "… là gì", "… như thế nào", "… khác nhau ra sao"
    r"^(?:(?:(?:bạn|em|anh|chị)\s+)?(?:hãy|có\s+thể)\s+\w|giải\s+thích|mô\s+tả|so\s+sánh|trình\s+bày|"
    r"tại\s+sao|vì\s+sao|làm\s+(?:sao|thế\s+nào)|nêu\s|liệt\s+kê|phân\s+biệt|định\s+nghĩa|"
    r"đưa\s+ra|cho\s+ví\s+dụ|giới\s+thiệu\s+(?:bản\s+thân|về)|kể\s+(?:về|lại|cho)|"
    # "Sắp xếp …" (arrange), "Chọn …" (choose), "Điền …" (fill in), "Viết …" (write),
    # "Xác định …" (determine), "Cho biết …" (say); not "Viết tắt …", an abbreviation
    # ("Tính …" both works out and names a property: "Tính đóng gói", encapsulation)
    r"sắp\s+xếp|chọn\s|điền\s|viết\s+(?!tắt\b)|xác\s+định|cho\s+biết|"
    # "the difference between …", "asked about …"
    r"s[ựư]\s+khác\s+(?:nhau|biệt)|hỏi\s+về)|"
    r"(?:là\s+gì|như\s+thế\s+nào|thế\s+nào|như\s+nào|ra\s+sao)\s*[.。]?\s*$|"
    # "Dự án nào mà em tâm đắc nhất :" ("which project …"), "… có những cách nào để …"
    r"\b(?:dự\s+án|cách|công\s+nghệ|vấn\s+đề|điều)\s+nào\b|"
    # Dutch: give, explain ("Leg … uit"), describe, write, sketch, compare, compute, name,
    # define, discuss, implement, make; what is, why, how, which, when; given
    r"^(?:geef|leg\s+\S+(?:\s+\S+){0,6}?\s+uit\b|beschrijf|verklaar|schrijf|schets|vergelijk|"
    r"bereken|noem|definieer|bespreek|implementeer|maak\s+(?:een|de|het)|wat\s+(?:is|zijn)|"
    r"waarom|hoe|welke|wanneer|gegeven)(?=\s|$)|"
    # Swedish: write, find, describe, explain, compare, compute, state, draw, create,
    # give, define; what is, why, how, which, when
    r"^(?:skriv|hitta|beskriv|förklara|jämför|beräkna|ange|rita|skapa|definiera|"
    r"vad\s+(?:är|betyder)|varför|vilken|vilket|vilka)(?=\s)|"
    # Hebrew: what (is), how, why, when, where, who, which, how many, whether; explain,
    # describe, compare, write, implement ("מה קורה כשיוזר נכנס למערכת", what happens …)
    # (not "מה להדגיש בראיון", "what to stress in the interview": a title)
    r"^(?:מה(?!\s+(?:(?:לא|כן)\s+)?ל)|מהו|מהי|מהם|מהן|איך|כיצד|למה|מדוע|מתי|איפה|היכן|מי|איזה|איזו|אילו|כמה|האם|"
    r"הסבר|הסבירו|תאר|תארו|השווה|השוו|כתוב|כתבו|ממש|ממשו)(?=\s)|"
    # Arabic: what (is), how, why, when, where, whether; explain, describe, compare,
    # write, define
    r"^(?:ما\s+(?:هو|هي|هم)|ماذا|ما|كيف|لماذا|متى|أين|هل|اشرح|صف|قارن|اكتب|عرف|عرّف)(?=\s)|"
    # Persian: why, how, whether, which, what; "… چیست" (what is …); a task's verb, where
    # the sentence puts it ("برنامه ای بنویسید که …", write a program that …): write,
    # explain, compute, compare, find, define, build, implement, solve, draw, repeat
    # (the verb in its first few words, or last on the line: not "… با ذهن خودتون حل
    # کنید. …", advice to solve things alone)
    r"^(?:چرا|چگونه|چطور|آیا|کدام|چه)(?=\s)|(?:چیست|چیه)\s*[.؟?]?\s*$|"
    r"^(?:\S+\s+){0,3}" + _PERSIAN_TASK + r"(?=[\s.:،؟]|$)|" + _PERSIAN_TASK + r"\s*[.:؟?]?\s*$"
)
"""Instructions and question words of other languages (without a question mark)."""
_CONTENTS_HEADING = re.compile(r"(?i)\W*what['’]?s\s+(?:inside|included|covered|new)\b")
"""A heading over what a document holds ("What's Inside?"): a section, not a question."""
_CHATBOT_OFFER = re.compile(
    r"(?i)^\W*(?:would you like me to|do you want me to|shall i|want me to|should i also|"
    # the same in Portuguese, Spanish and French ("Gostaria de explorar …?")
    r"gostaria\s+(?:de\s+(?:explorar|aprofundar|ver|receber)|que\s+eu)|(?:você\s+)?quer\s+que\s+eu|"
    r"deseja\s+que\s+eu|te\s+gustar[ií]a\s+(?:que|explorar|profundizar)|quieres\s+que|"
    r"deseas\s+que|voulez-vous\s+que|souhaitez-vous\s+que)"
)
"""A chat assistant's closing offer pasted with its answers ("Would you like me to
expand this into a mock interview?"), not a question to practise."""
_TEMPLATE_QUESTION = re.compile(
    r"(?i)^\W*(?:question|вопрос|问题|pregunta|pergunta|frage)\W*$|"
    r"\[(?:use[- ]case|topic|company|product|domain|problem|"
    r"your\s[^\]]{1,30}|insert\s[^\]]{1,30})\]"
)
"""A template's placeholder ("Вопрос?" over "Тело ответа"), not a question."""
_SCENARIO = re.compile(
    r"(?i)(?:say|suppose|assume|imagine|given|consider|let's say|you are|you're|you have)\b"
)
"""Words that open a scenario question ("say you have acquired …, how do you …")."""
_WEAK_PROMPT = re.compile(
    r"(?i)^[*_`\s]*(?:choose|select|run|identify|develop|create|build|code|program|plot|provide|"
    r"annotate|determine|simulate|construct|count|return|fix|optimi[sz]e|parallelize|get|insert)\b"
)
"""Instruction verbs that also start the steps of a how-to ("Select a role from the
sidebar.", "Run the application"): a question only where the list or headings around
it ask."""
_BULLET_HINT = re.compile(
    r"(?im)^[ \t]*[-*+][ \t]+(?:\*\*|__)?hints?(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*"
)
"""A bullet that gives a hint ("- Hint: Use `DENSE_RANK()`.")."""
_HINT = re.compile(
    r"^\s*(?:[*_]{1,2})?\s*hints?\s*(?:[*_]{1,2})?\s*:?\s*(?:[*_]{1,2})?\s*:?\s*", re.I
)
_HINT_LABEL = re.compile(
    r"^\s*(?:[*_]{1,2})?\s*(?:hints?\b\s*(?:[*_]{1,2})?\s*:?|"
    # ("**Dica:**", "**Pista:**", "**Indice :**", "**Hinweis:**", "**Suggerimento:**": a hint
    # in Portuguese, Spanish, French, German, Italian, its colon required)
    r"(?:dicas?|pistas?|indices?|hinweise?|suggeriment[oi])\s*(?:[*_]{1,2})?\s*:)"
    r"\s*(?:[*_]{1,2})?\s*:?\s*",
    re.I,
)
"""The label of a paragraph that gives a hint ("**Hint**: …", "Dica: …")."""
_PROMPT_SUMMARY = re.compile(
    r"(?i)^\W*(?:view|show|see|read|expand|open)\s+(?:the\s+)?(?:full\s+|detailed\s+|complete\s+)?"
    r"(?:interview\s+)?(?:prompt|question|problem(?:\s+statement)?|task|statement)\W*$"
)
"""The summary of a `<details>` block that folds the question away ("View Detailed
Interview Prompt")."""
_FOLDED_LIST = re.compile(
    r"(?i)^\W*(?:show|see|view|expand|list|open)\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+)?(?:more\s+)?"
    r"(?:questions?|items?|rows?|entries|problems?|exercises?)\b"
)
"""The summary of a `<details>` block that folds a list away ("Show all 79 questions")."""
_ANSWER_SUMMARY = re.compile(
    r"^\W*(?:show\s+(?:me\s+)?|see\s+|view\s+|check\s+(?:the\s+|your\s+)?|reveal\s+|click\s+(?:here\s+)?(?:to\s+)?(?:see|show|view|expand|reveal|for)"
    r"(?:\s+the)?\s*)?(?:the\s+|my\s+|our\s+)?(?:answer|answers|solution|solutions|explanation|"
    r"expand|details|code|hint|more|"
    # "Answer" in Chinese, Japanese, Korean, Vietnamese, Spanish, Portuguese, French,
    # German and Russian
    r"(?:参考)?(?:答案|解答|回答|解析)|答え|해설|답변|정답|풀이|đáp\s+án|lời\s+giải|"
    r"respuesta|resposta|réponse|lösung|antwort|ответ)"
    # "答えと解説", "答案与解析", "정답 및 해설": the answer and its explanation
    r"(?:\s*(?:と|和|与|與|及|및|・|、|&)\s*(?:解説|解析|説明|解释|說明|说明|解答|답변|해설|풀이))?"
    # "Show answer and Swift", "Answer & code": the answer and its code
    r"(?:\s+(?:and|&|\+)\s+(?:the\s+)?[^\W\d_][\w+#]{0,14}(?:\s+code)?)?\W*$",
    re.IGNORECASE,
)
_FOLD_OPEN = re.compile(r"(?i)^[ \t]*<details\b[^>]*>")
_SUMMARY_TEXT = re.compile(r"(?is)<summary\b[^>]*>(.*?)</summary>")
_BOX_ROW = re.compile(r"(?m)^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[ xX✓✔]\]")


_CODE_BELOW = re.compile(
    r"(?i)\b(?:following|below|this)\s+(?:code|snippet|program|query|function|script|"
    r"statements?|expression|syntax)\b|\b(?:output|print|log|return)s?\b[^\n]*\b(?:following|below)\b|"
    # "After the code below is run, …", "Looking at the code below, …"
    r"\b(?:code|snippet|program|query|function|script|class)\s+below\b"
)
"""A question about the code shown under it ("What will be the output of the following
code?", "… invoked as below syntax")."""


_ASKS_OF_SHOWN = re.compile(
    r"(?i)\b(?:outputs?|each\s+(?:expression|statement|snippet|line)|the\s+following|"
    r"below|this\s+(?:code|snippet|query|expression|program|function|block\s+of\s+code|code\s+block))\b"
)
"""A question about what it shows ("What is the output of each expression?"): asked
again over other code, it is another question."""


def _pointed_to(raw: Sequence[str]) -> tuple[str, list[str]] | None:
    """The code block right under a question that points to it ("the following code"),
    and the lines after it; None when something else comes first."""
    at = 0
    while at < len(raw) and not raw[at].strip():
        at += 1
    if at >= len(raw):
        return None
    fence = re.match(r"^\s*(`{3,}|~{3,})", raw[at])
    if fence:
        end = next(
            (
                n
                for n in range(at + 1, len(raw))
                if raw[n].strip().startswith(fence.group(1))
                and set(raw[n].strip()) == {fence.group(1)[0]}
            ),
            None,
        )
        if end is None or end - at > 80:
            return None
    else:
        return None
    return "\n".join(raw[at : end + 1]).strip("\n"), list(raw[end + 1 :])


_LINKED_QUESTION = re.compile(r"\s*\[([^\[\]\n]{2,200})\]\(\s*<?(https?://[^()\s>]+)>?\s*\)\s*")
"""A question that is only a link to where it is written out."""
_SOURCE_FOLD = re.compile(
    r"(?is)^[ \t]*<details\b[^>]*>\s*<summary\b[^>]*>\W*(?:<b>|<strong>)?\s*"
    r"(?:sources?|references?|refs?|citations?|fuente|fonte|来源|出处|参考)\s*"
    r"(?:</b>|</strong>)?\W*</summary>(.*?)</details>[ \t]*$"
)


def _source_folds(raw: Sequence[str]) -> tuple[list[str], str]:
    """An answer's lines without the `<details>` block that folds away where it comes
    from ("<summary><b>Source</b></summary> learningSpark2.0 - pag 75"), and that note."""
    text = "\n".join(raw)
    if "<summary" not in text.lower():
        return list(raw), ""
    notes: list[str] = []
    kept: list[str] = []
    at = 0
    while at < len(raw):
        if re.match(r"(?i)[ \t]*<details\b", raw[at]):
            end = next(
                (n for n in range(at, min(at + 12, len(raw))) if "</details>" in raw[n].lower()),
                None,
            )
            if end is not None:
                fold = _SOURCE_FOLD.match("\n".join(raw[at : end + 1]))
                if fold:
                    note = " ".join(re.sub(r"<[^>]+>", " ", fold.group(1)).split())
                    if note:
                        notes.append(note)
                    kept.extend("" for _ in range(at, end + 1))  # (line count unchanged)
                    at = end + 1
                    continue
        kept.append(raw[at])
        at += 1
    return kept, "; ".join(notes)


_NOT_A_CARD = re.compile(
    r"(?i)\b(?:contents|toc|click|expand|collapse|toggle|spoiler|example|examples|output|"
    r"notes?|sources?|references?|table|diagram|image|screenshot|demo|hint|hints|code|"
    r"snippet|more|details|solution|answer|read|show|hide|view|see|open)\b|"
    # "펼치기"/"접기" (Korean), "展开"/"查看" (Chinese), "Развернуть" (Russian): expand
    r"펼치기|접기|展开|展開|查看|点击|開く|(?i:\b(?:развернуть|показать|mostrar|ver)\b)"
)
"""Words of a `<details>` summary that folds something other than a card away."""


def _topic_cards(text: str, legend: dict[str, str]) -> bool:
    """Whether the document is a deck of `<details>` cards, some named by a question and
    some only by a topic ("<summary> Batch Norm </summary>" among "<summary> Why is
    accuracy a bad metric? </summary>"): three or more summaries ask, one in four or more
    of them, so each short summary names a card to answer."""
    said = [
        re.sub(r"<[^>]+>", " ", match.group(1)).strip() for match in _SUMMARY_TEXT.finditer(text)
    ]
    said = [s for s in said if s and not _ANSWER_SUMMARY.match(s)]
    asking = sum(_looks_like_question(s, legend) for s in said)
    return asking >= 3 and asking * 4 >= len(said)


def _topic_card(summary: str, body: str, legend: dict[str, str]) -> bool:
    """Whether a folded block of a deck of cards is a card named by its topic: a short
    name ("F1 score", "'Bottleneck' layer") over what answers it, not a fold of a list of
    questions or of a snippet ("Code", "Show more")."""
    words = summary.split()
    letters = sum(ch.isalpha() for ch in summary)
    if (
        not 1 <= len(words) <= 10
        or letters < 2
        or not body.strip()
        or _NOT_A_CARD.search(summary)
        or _FOLDED_LIST.match(summary)
    ):
        return False
    rows = [row for row in body.split("\n") if row.strip()]
    asked = sum(_looks_like_question(_ITEM_MARK.sub("", row, count=1), legend) for row in rows)
    return asked * 2 < max(len(rows), 1)


def _shown_before_answer(raw: Sequence[str]) -> tuple[str, list[str]] | None:
    """What a question shows above the `<details>` that folds its answer away: a snippet,
    its options, a table ("###### 3. What's the output?", code, "- A: …", then
    "<summary>Answer</summary>"). None when nothing stands above the fold, or the fold
    opens on more than the answer ("Code", "More details"), or what stands above is more
    than a prompt (a heading, a long text)."""
    fence: str | None = None
    for at, line in enumerate(raw[:80]):
        marker = re.match(r"^\s*(`{3,}|~{3,})", line)
        if marker:
            if fence is None:
                fence = marker.group(1)[0]
            elif marker.group(1)[0] == fence:
                fence = None
            continue
        if fence is not None:
            continue
        if re.match(r"^\s{0,3}#{1,6}\s", line):
            return None
        if not _FOLD_OPEN.match(line):
            continue
        summary = _SUMMARY_TEXT.search("\n".join(raw[at : at + 3]))
        if summary is None:
            return None
        said = re.sub(r"<[^>]+>", " ", summary.group(1)).strip()
        if not _ANSWER_SUMMARY.match(said) or re.search(
            r"(?i)\b(?:details|code|hint|more|expand)\b", said
        ):
            return None
        shown = tidy_answer("\n".join(raw[:at]))
        if not shown or len(shown) > 4000 or _BOX_ROW.search(shown):
            return None  # ("- [x] No": ticked boxes give the answer, read as such)
        return shown, list(raw[at:])
    return None


_PROMO = re.compile(
    r"^\W*(?:explore|see|check(?: out)?|read|get|download|find|view|access|unlock|grab|"
    r"buy|subscribe)\b.*\b(?:all|full|complete|more|every|rest)\b.*\b(?:answers?|"
    r"questions?|solutions?|course|book|guide|ebook|pdf)\b|^.*👉|"
    # "👉🏼 Check" over "[all 12 answers](https://…)": the link alone on its line
    r"^\W*all\s+\d{1,4}\s+(?:answers|questions|solutions)\W*$|"
    # "Thanks 🙌 for reading and good luck on your next tech interview!": a sign-off
    r"^\W*thanks?\b[^.!?\n]{0,20}\bfor\s+reading\b|"
    # "[View Answer](https://…)" alone on its line: a pointer to a site, not the answer
    r"^\W*(?:view|see|show|check|get|reveal)\s+(?:the\s+)?(?:correct\s+)?(?:answers?|"
    r"solutions?)\W*$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(r"(?:[*_\s]*\[[^\]]*\]\(\s*#[^)\s]*\s*\)[*_\s|]*)+")
"""A line of links to places in the same document (back to top, next question)."""
_HTML_NAVIGATION = re.compile(
    r"(?i)(?:<a\s+(?:name|id)\s*=\s*[\"'][^\"']*[\"']\s*/?>\s*(?:</a>)?|"
    r"<a\s+href\s*=\s*[\"'][^\"']*[\"']\s*>\W*(?:back\s+to|return\s+to|go\s+to)\s+"
    r"(?:the\s+)?(?:top|questions?|contents|index|list)\W*</a>)\s*"
)
"""An empty anchor ("<a name="q2"></a>") or a link back to the list, in HTML."""
_COPYRIGHT = re.compile(r"(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}[^\n*<]*", re.IGNORECASE)
_STOP_TAGS = {
    "question",
    "questions",
    "questions-answers",
    "questions-and-answers",
    "answers",
    "interview-questions",
    "table-of-contents",
    "contents",
    "toc",
}


GUIDE_SHARE = 0.4
"""Below this share of its lines in questions and answers, a document reads as a guide.
Measured on 175 hand-labelled documents (docs/importing.md): the lists sit above it; the
documents whose questions were mostly false (study guides, prep plans) below it."""


@dataclass
class Found:
    """A question found in the document."""

    text: str
    line: int
    """1-based line of the question in the source."""
    layout: str
    answer: str = ""
    difficulty: str | None = None
    follow_ups: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    """Headings above it, outermost first."""
    topics: list[str] = field(default_factory=list)
    """List parents that are topics."""
    context: str = ""
    """The scenario of a list parent the question belongs to, put before it."""
    hints: list[str] = field(default_factory=list)
    rubric: list[str] = field(default_factory=list)
    """Key points the document lists for a strong answer ("What a strong answer
    includes:")."""
    pitfalls: list[str] = field(default_factory=list)
    """Mistakes the document warns of ("Common pitfalls:"), kept in the notes."""
    source_note: str = ""
    """A link the document gives with the question (``[src](…)``)."""
    end: int = 0
    """1-based last line of the question and its answer."""
    complete: bool = False
    """The item carried its whole answer after a dash: prose below it is not more of it."""
    linked: bool = False
    """The item is only a link to the question: a table of contents entry when the
    document asks the same question again."""
    card: bool = False
    """The item is a card's bold front ("**Broadcast joins:**"): all that follows it
    answers, none of it goes on with the question."""

    @property
    def missing_answer(self) -> bool:
        """Whether the source gives no real answer."""
        return is_placeholder(self.answer)

    @property
    def prompt(self) -> str:
        """The question as asked: its scenario, then the question."""
        return f"{self.context}\n\n{self.text}" if self.context else self.text


@dataclass
class Scan:
    """What a document holds: the questions and what could not be placed."""

    questions: list[Found]
    unplaced: list[tuple[int, str]]
    """(line, text) of lines that look like questions but fit no layout."""
    duplicates: list[tuple[int, int, str]]
    """(line, first line, text) of questions asked twice; only the first is kept."""
    skipped: list[tuple[int, str, str]] = field(default_factory=list)
    """(line, text, why) of question-like lines left out on purpose (a table of contents
    entry, a question whose text has no letters or digits)."""
    headings: list[tuple[int, int, str]] = field(default_factory=list)
    """(line, level, text) of every heading, for per-section summaries."""
    title: str = ""
    """The document's first heading."""
    share: float = 1.0
    """The share of the document's non-blank lines that its questions and their answers
    take up: near 1 for a question list, low for a guide that asks here and there."""
    subject: str = ""
    """What the front matter says the document is about (`topic: coding`,
    `category: statistics`), a hint for the category."""

    @property
    def reads_as_guide(self) -> bool:
        """Whether the questions are a small part of a document that is mostly something
        else (a study guide, notes, a prep plan): what is found there is shown to the user
        before anything is written, since such documents also ask in passing."""
        return bool(self.questions) and self.share < GUIDE_SHARE

    def section_at(self, line: int) -> str:
        """The innermost heading above `line` ("(no section)" before any)."""
        name = "(no section)"
        for at, _, text in self.headings:
            if at > line:
                break
            name = text
        return name

    def by_section(self) -> list[tuple[str, int, int, int]]:
        """(section, found, skipped, unplaced), in document order."""
        counts: dict[str, list[int]] = {}
        rows = [
            *((q.line, 0) for q in self.questions),
            *((line, 1) for line, _, _ in self.skipped),
            *((line, 1) for line, _, _ in self.duplicates),
            *((line, 2) for line, _ in self.unplaced),
        ]
        for line, kind in sorted(rows):
            counts.setdefault(self.section_at(line), [0, 0, 0])[kind] += 1
        return [(name, *values) for name, values in counts.items()]  # type: ignore[misc]


def is_placeholder(answer: str) -> bool:
    """Empty or a stand-in such as "Answer here" or "TODO"."""
    plain = re.sub(r"<[^>]+>", " ", answer)
    # "**Espaço para resposta:**" over a box: the label of the space left to answer in
    plain = _ANSWER_SPACE.sub(" ", plain)
    rows = [
        r for r in (re.sub(r"[*_`>#\-\s]+", " ", row).strip() for row in plain.split("\n")) if r
    ]
    if len(rows) > 1 and all(_PLACEHOLDERS.match(r) for r in rows):
        return True  # "[Seu texto aqui]" on each line of the box
    plain = re.sub(r"[*_`>#\-\s]+", " ", plain).strip()
    # "." or "…" where the answer was to go: no letter or digit at all
    return not re.search(r"[^\W_]", plain) or bool(_PLACEHOLDERS.match(plain))


def read_legend(text: str) -> dict[str, str]:
    """Difficulty symbols: the common ones, plus those a legend line of the document
    states ("Legend: 👶 easy ⭐️ medium 🚀 expert")."""
    # the common symbols count when the document uses two of them or more; one 🚀 in a
    # closing line ("🚀 Ready to ace your interview?") is decoration
    common = {symbol: level for symbol, level in DEFAULT_LEGEND.items() if symbol in text}
    legend = dict(DEFAULT_LEGEND) if len(common) >= 2 else {}
    for line in text.splitlines()[:400]:
        pairs = _LEGEND_PAIR.findall(unicodedata.normalize("NFKC", line))
        if len(pairs) >= 2 or (pairs and "legend" in line.lower()):
            for symbol, word in pairs:
                symbol = symbol.replace("\ufe0f", "").strip()
                if symbol:
                    legend[symbol] = _LEVEL_WORDS[word.lower()]
    return legend


_GLYPH = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u25a0-\u25ff"
    "\u2700-\u27bf\u200d\ufe0f"
)
_LEAD_SYMBOLS = re.compile(f"^[ \t]*(?:(?:[{_GLYPH}]|\\[[ \t]*[{_GLYPH}]{{1,4}}[ \t]*\\])[ \t]*)+")
"""Status or decoration glyphs before a question ("⚠️ Find the longest run …", "✅ …",
"[🔍] Draw …")."""


_POINTS = re.compile(
    r"(?i)[ \t]*\((?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:p|pkt|pts?|points?|punkte?|marks?|"
    r"pontos?|puntos?|баллов|балла|балл|分|คะแนน))\)[ \t]*$"
)
"""The marks an exam question earns, after it ("(4P)", "(2 points)", "(10 marks)")."""


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\ufe0f", "")
    if "؟" in text:  # the Arabic and Persian question mark, read as "?" as "？" is by NFKC
        text = text.replace("؟", "?")
    if "⏱" in text or "⏳" in text or "⌛" in text:  # "Who is …? ⏱ 10’’": the time to answer
        text = re.sub(
            r"\s*[⏱⏳⌛]\s*\d+(?:[.,]\d+)?\s*(?:[’'′″\"]{1,2}|s|secs?|mins?|minutes?|m)?\s*$",
            "",
            text,
        )
    if "❓" in text or "❔" in text:  # "… Kubernetes❓": a question mark drawn as an emoji
        text = re.sub(r"(?<=[^\s❓❔*_])[❓❔]+(?=\s*$|\s*[*_]+\s*$)", "?", text)
    if text.rstrip().endswith(")") and _POINTS.search(text):
        # "Womit beschäftigt sich die Technische Informatik? (4P)": the marks it earns
        text = _POINTS.sub("", text)
    if "[^" in text:  # "… Why do people get this wrong? [^reddit-ds-prob]": a footnote
        text = re.sub(r"(?:\s*\[\^[\w.:-]{1,40}\])+(?=\s*$)", "", text)
    if "\u20e3" in text:  # "5️⃣ Write a query …": a keycap digit numbers the item
        text = re.sub(r"(\d{1,2})\u20e3\s*", r"\1. ", text)
        text = re.sub(r"(?<=\d)\.\s(\d)\.\s", r"\1. ", text)  # "1️⃣0️⃣": 10
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


def _clean(
    text: str, legend: dict[str, str] | None = None, *, numbered: bool = True
) -> tuple[str, str | None]:
    """A question without numbering or difficulty marker, and the difficulty found
    (`numbered=False`: a leading number is part of the text, "3 Sum Problem")."""
    return _clean_memo(text, tuple(legend.items()) if legend is not None else None, numbered)


@functools.lru_cache(maxsize=262144)
def _clean_memo(
    text: str, legend_items: tuple[tuple[str, str], ...] | None, numbered: bool
) -> tuple[str, str | None]:
    legend = dict(legend_items) if legend_items is not None else None
    text = _normal(text)
    difficulty = None
    for pattern, level in _DIFFICULTY:
        if pattern.search(text):
            difficulty = level
            text = pattern.sub(" ", text)
    for symbol, level in (DEFAULT_LEGEND if legend is None else legend).items():
        if symbol in text:
            difficulty = difficulty or level
            text = text.replace(symbol, " ")
    if "(" in text or "（" in text or "[" in text or "【" in text:
        text = _QUESTION_TYPE.sub(" ", text, count=1)  # "(单选)": the question's kind
    if ")" in text[-12:] or "）" in text[-12:] or "]" in text[-12:]:
        text = _TRAILING_SCORE.sub("", text)  # "数据库索引的作用是什么？- (5分)"
    trailing = _TRAILING_LEVEL.search(text)
    if trailing:
        difficulty = trailing.group(1).lower()
        text = text[: trailing.start()]
    if text.rstrip().endswith("]"):
        text = _TAG_AFTER_QUESTION.sub("", text)  # "…? [code]"
    text = _TASK_BOX.sub("", text, count=1)  # "- [ ] Design …": a task list
    if text.lstrip().startswith("("):
        # "( ) El kernel se encarga …": a box to write V or F in, empty
        text = re.sub(r"^\s*\(\s{0,3}\)\s+(?=\S)", "", text, count=1)
    if numbered:
        text = _NUMBERING.sub("", text, count=1)
    if text and not text.rstrip()[-1:].isascii():
        bare = _TRAILING_SYMBOLS.sub("", text)  # "…? ⭐" where no legend reads ⭐
        text = bare if re.search(r"[^\W_]", bare) else text
    if text.rstrip().endswith(":"):
        # "Sliding Window Maximum :triangular\\_flag\\_on\\_post:": a GitHub emoji's name
        unnamed = _TRAILING_SHORTCODES.sub("", text)
        text = unnamed if re.search(r"[^\W_]", unnamed) else text
    unled = _LEAD_SYMBOLS.sub("", text, count=1)
    if re.search(r"[^\W_]", unled):
        if numbered and unled != text:  # "🔹 1. What is Priority Queue?": then its number
            renumbered = re.sub(r"^\s*\d{1,4}[.)]\s+(?=\S)", "", unled, count=1)
            unled = renumbered if re.search(r"[^\W_]", renumbered) else unled
        text = unled
    lead = _LEVEL_LEAD.match(text)
    if lead and _IMPERATIVE.match(text[lead.end() :]):
        difficulty = difficulty or _LEVEL_WORDS.get(lead.group("level").lower(), "easy")
        text = text[lead.end() :]
    plain_lead = _PLAIN_LEVEL_LEAD.match(text)
    if plain_lead and (
        _IMPERATIVE.match(text[plain_lead.end() :])
        or _INTERROGATIVE.match(text[plain_lead.end() :])
        or text.rstrip().endswith(("?", "？"))
    ):
        # "Junior: Why Is My DAG Not Running?": the level, then the question
        word = plain_lead.group(1).lower().replace(" ", "-")
        difficulty = difficulty or _LEVELS.get(word, "medium")
        text = text[plain_lead.end() :]
    unbolded = re.sub(r"^\s*(\*\*|__)([^*_\n]+?)[ \t]*(:?)\1[ \t]*(:?)", r"\2\3\4 ", text, count=1)
    if numbered and unbolded != text:  # "**11. What are …?**": the number was inside
        unbolded = re.sub(r"^\s*\d{1,4}[.)]\s+(?=\S)", "", unbolded, count=1)
    text = unbolded
    if numbered:  # "**Q: Explain …**": the label was inside the bold
        text = re.sub(
            # ("Question 8-b:": the eighth question's second part)
            r"(?i)^[\s*_]*(?:(?:(?:the\s+)?(?:interview\s+)?question|q)"
            r"\s*(?:\d+(?:[-–]?[a-z](?=\s*[:.)]))?)?\s*[:.)\-–—。、]\s*(?=\S)|"
            # "Soru: …" (a sentence follows; "Frage: Code Review" names a topic)
            rf"(?:{_OTHER_QUESTION_WORDS})\s*\d*\s*[:.)\-–—。、][\s*_]*(?=(?:[^\s*_]+[\s*_]+){{2}}\S))",
            "",
            text,
            count=1,
        )
        # "**Задача** Напишете програма …": the word "task" in bold before the task
        text = re.sub(
            r"^(?:(\*\*|__)(?i:задача|задание|task|exercise|problem|aufgabe|zadanie|zadatak)\1"
            r"|(?i:задача|задание))\s+(?=[A-ZА-ЯЁ])",
            "",
            text,
        )
        numbered_label = re.match(r"[\s*_]*([^:：\n]{1,40}?)[\s*_]*[:：]\s*(?=\S)", text)
        if numbered_label and _NUMBERED_LABEL.fullmatch(numbered_label.group(1)):
            text = text[numbered_label.end() :]  # "Key Topic 3: How to use Triton …?"
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    blank = re.match(r"\s*(_{4,})(?!_)", text)  # "_____, ContainerReady … are …": a cloze
    text = text.strip(" \n*_:-–—")
    if blank and not text.startswith("_"):
        text = f"{blank.group(1)}{text if text[:1] in ',.;: ' else ' ' + text}"
    quoted = re.fullmatch(r'“([^“”]+)”|"([^"]+)"', text.strip())
    if quoted:  # **“Can you explain …?”**: the question, not a quotation of it
        text = quoted.group(1) or quoted.group(2)
    return text.strip(), difficulty


_WIKI_ANSWER = re.compile(
    r"\s*[—–-]?\s*\[\[([^\]|\n]+)\|\s*(?:answer|ответ|ответы|відповідь|答案|解答|답변|respuesta|"
    r"resposta|r[ée]ponse|antwort)\s*\]\]\s*$",
    re.IGNORECASE,
)
"""A wiki link to the note that answers ("— [[Models/Logistic regression#Formula|Ответ]]")."""


def _split_source(text: str) -> tuple[str, str]:
    """A question without its trailing source link, and that link."""
    wiki = _WIKI_ANSWER.search(text)
    if wiki and text[: wiki.start()].strip():
        return text[: wiki.start()].rstrip(), wiki.group(1).strip()
    match = _SOURCE_LINK.search(text) or _LABELLED_SOURCE.search(text)
    match = match or _BRACKETED_SOURCE.search(text) or _CITED_PAREN.search(text)
    if not match or not text[: match.start()].strip():
        return text, ""
    return text[: match.start()].rstrip(), match.group(1) or ""


_LABELLED_SOURCE = re.compile(
    r"\s*(?:参考|参见|出处|来源|see|ref(?:erence)?|source)\s*[：:]\s*"
    r"\[[^\[\]\n]{1,60}\]\(\s*<?([^()\s>]+)>?\s*\)\s*$",
    re.IGNORECASE,
)
"""A labelled link after a question ("…的区别？参考：[Interview1](https://…)")."""
_BRACKETED_SOURCE = re.compile(
    r"\s*【\s*(?:\[\s*(?:链接|鏈接|link|src|source|参考|答案|解答|详解)\s*\]\(\s*<?([^()\s>]+)>?\s*\)|"
    r"链接|鏈接|link|参考|答案|解答|详解)\s*】\s*$",
    re.IGNORECASE,
)
_CITED_PAREN = re.compile(
    r"\s*(?<!\])[（(]\s*((?:https?://|[A-Za-z]:\\|\.{0,2}/)[^\s()（）、，,]+)"
    r"(?:\s*[、，,]\s*(?:https?://|[A-Za-z]:\\|\.{0,2}/)[^\s()（）、，,]+)*\s*[)）]\s*$"
)
"""Where the question was read, in brackets after it: links or file paths alone
("**1、谈谈 Redis 和 MemCached 的区别。**（D:\\notes\\redis.md、https://…）")."""
"""A link in lenticular brackets after a question ("…的区别。【[链接](../os/ipc.md)】"), or the
word left where a link was to go ("【链接】")."""


_TAG_AFTER_QUESTION = re.compile(r"(?<=[?？])\s*\[[\w\s/+#.-]{1,20}\]\s*$")
_TRAILING_SYMBOLS = re.compile(
    r"(?:\s*[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    r"\U0001f000-\U0001faff\ufe0f\u200d])+\s*$"
)


_TRAILING_BR = re.compile(r"(?i)(?:\s*<br\s*/?>)+\s*$")
"""Line breaks written as HTML at the end of a line ("What is …? <br/>")."""


def _ends_as_question(text: str) -> bool:
    text = text.rstrip(" *_`")
    if text.endswith(("❓", "❔")):
        return True  # "Can you explain …❓"
    if text.endswith(">"):
        text = _TRAILING_BR.sub("", text).rstrip(" *_`")  # "…? <br/>"
    if text and not text[-1].isascii():
        text = _TRAILING_SYMBOLS.sub("", text).rstrip(" *_`")  # "…? ⭐", "…? 🔥"
    text = re.sub(r"\?[\s\-–—.]+$", "?", text)  # "…? - ." (a stray dash)
    if text.endswith("?)") and re.fullmatch(r"[\w.$]+\([^()\n]*\)", text):
        return False  # "onSaveInstance(outState: Bundle?)": a signature, its type nullable
    if re.search(r"\?[)\]\"'”’]*$", text):
        return True  # "… what if we had 1 layer (i.e. logistic regression?)"
    without = _TRAILING_PAREN.sub("", text).rstrip(" *_`")
    return without != text and without.endswith("?")


_CODING_PROBLEM = re.compile(
    r"(?i)[\s\d.)*_-]*[^\W\d_][^.?!\n]{1,80}?[\s*_]*[(\[]\s*(?:leetcode|lc)\s*#?\s*\d{1,4}\s*[)\]]"
    r"[\s*_]*|[\s\d.)*_-]*(?:leetcode|lc)\s*#?\s*\d{1,4}\s*[.:\-–—]\s*[^\W\d_][^\n]{1,80}"
)
"""A coding problem named with its LeetCode number ("**Two Sum** (LeetCode 1)", "LC 121 -
Best Time to Buy and Sell Stock")."""


_GLOSS = re.compile(r"(?i)\((?!\s*(?:answers?|ans|a|solution)\s*[:：])[^()\n]{1,80}\)")
"""A short gloss in brackets after the question mark ("(GBs/TBs/PBs, number of
records)"): part of the question, not its answer."""


_TASK_PROMPT = re.compile(r"(?i)[\W_]*(?:design|implement|build|write|create)\s+(?:an?|the)\s")
"""A task stated whole ("Design a job scheduler", "Implement the LRU cache"), not a
scenario for the questions under it."""


_HOW_TO_ANSWER = re.compile(
    r"(?i)(?:round|express|give|show|justify|state)\s+(?:your|the)\s+(?:answer|work|result)|"
    # "…? Check all that apply.": how to answer a multiple-choice question
    r"(?:check|select|choose|mark|tick|pick)\s+(?:all|every|each|one|two|three|the\s+\w+)\b"
)
"""How to give the answer, after the question mark ("Round your answer to three
decimal places."): part of the question."""


_LIST_TITLE = re.compile(
    r"(?i)(?:[^\W\d_][\w'’-]*\s+){0,3}(?:questions|problems|exercises|tasks|puzzles|quiz(?:zes)?)"
)
"""The name of a list of questions ("Interview Questions", "Practice problems")."""
_BOLD_COLON_LABEL = re.compile(r"^\s*(\*\*|__)[^*_\n]{1,40}?(?:[:：]\1|\1\s*[:：])\s*")
"""A bold label with its colon before what it labels ("**Interviewer:** …", "**Task 2**: …");
a bold question has no colon ("**What is a sensor?**")."""
_NUMBERED_LABEL = re.compile(
    r"(?i)(?:key\s+)?(?:topic|task|problem|exercise|prompt|scenario|case|challenge)\s*#?\d{1,3}"
    r"\s*:?"
)
"""A label that numbers a question ("Key Topic 1", "Task 2")."""
_LABEL_NUMBER = re.compile(
    r"^[ \t]*(?:[-*+]|\d{1,4}[.)])?[ \t]*(?:\*\*|__)\s*((?:key\s+)?(?:topic|task|problem|exercise|"
    r"prompt|scenario|case|challenge|question|q))\s*#?(\d{1,3})\s*[:.]?\s*(?:\*\*|__)",
    re.IGNORECASE,
)


def _label_number(line: str) -> tuple[str, int] | None:
    """The bold label that numbers an item ("* **Key Topic 2**: …" → ("key topic", 2))."""
    match = _LABEL_NUMBER.match(line)
    if match is None:
        return None
    return re.sub(r"\s+", " ", match.group(1).lower()), int(match.group(2))


def _next_label(line: str) -> tuple[str, int] | None:
    """The label that would number the item after this one."""
    number = _label_number(line)
    return (number[0], number[1] + 1) if number is not None else None


_FORMAL_TASK = re.compile(
    r"(?i)(?:напишите|объясните|опишите|реализуйте|создайте|сравните|докажите|выведите|"
    r"спроектируйте|расскажите|приведите|"
    r"escriba|explique|implemente|diseñe|escreva|projete|"
    r"請|请(?:解释|说明|实现|编写|设计|比较)|"
    r"설명하세요|구현하세요|작성하세요|설명해\s*주세요|(?:설명|구현|작성|비교|서술)하시오)\b"
)
"""A task set in a formal imperative ("Напишите …", "Implemente …", "请实现 …"), which
advice is not written in."""
_LANGUAGE_LABEL = re.compile(
    r"(?i)\s*(?:\*\*|__)?(?:中文|英文|english|chinese|en|cn|zh|español|spanish|русский|"
    r"russian|deutsch|german|français|french|日本語|japanese|한국어|korean)(?:\*\*|__)?"
    r"\s*[:：]\s*(?:\*\*|__)?\s*(?=\S)"
)
"""The language a version of a question is written in ("中文：…", "English: …")."""
_BARE_QUESTION_LABEL = re.compile(
    r"(?i)\s*(?:\*\*|__)?\s*(?:question|q|problem\s+statement|pregunta|pergunta|вопрос|câu\s+hỏi|"
    r"问题|질문|السؤال|سؤال|task|tugas|tarea|aufgabe|tâche|zadanie|görev|任务|"
    # "problem" in Korean, Chinese and Japanese ("**문제**:" over the problem)
    r"문제|题目|題目|問題|"
    # "the statement" of an exercise: Portuguese and Spanish, French, German, Italian
    r"enunciado|[ée]nonc[ée]|aufgabenstellung|consegna)\s*[:：]?"
    r"\s*(?:\*\*|__)?\s*[:：]?\s*"
)
"""A question's label alone in its paragraph ("**Question:**"), over the question."""
_ANSWER_HOW = re.compile(
    r"(?i)\W*(?:select|choose|pick)\s+the\s+(?:best\s+|correct\s+)?answer(?:\s+choice)?\s+that\s+"
    r"(?:correctly\s+)?completes\s+the\s+(?:sentence|statement)\W*|"
    r"\W*fill\s+in\s+the\s+blanks?\W*"
)
"""An instruction on how to answer, over the sentence that is asked."""
_CLOZE = re.compile(
    r"(?<![^\W_])(?<!_)_{4,}(?![^\W_])(?!_)|(?<=\s)_{2,3}(?=[.?!:]?[*_]*\s*$)|"
    # between the words of Chinese or Japanese, written with no spaces ("重组通常发生在
    # _______上。")
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff08\uff0c])_{3,}(?!_)|"
    r"(?<!_)_{3,}(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u3002\uff08\uff09\uff0c])|"
    # four or more glued to the words around it ("a 4-gram model is a______order …", "The
    # Exists operator will understand____ type"): no name holds that many in a row
    r"(?<!_)_{4,}(?!_)|"
    # three em dashes or more, set as the blank ("Klasa je opis ——— sa …"; Chinese uses
    # two as a dash)
    r"(?<!—)—{3,}(?!—)"
)
"""A blank to fill in inside a sentence ("… field are _____, False or Unknown.", "Ang
bangka ay ginagamit bilang __.", "协议是_______。")."""
_ADVICE_TOPIC = re.compile(
    r"(?i)^\W*(?:\d{1,3}[.)]\s+)?[^\W\d][^\n]*?\s(?:ve|and|und|et|y|e|и|&)\s+best\s+practices\W*$|"
    r"^\W*\d{1,3}[.)]\s+best\s+practices\W*$"
)
"""A section of a list on a topic "and best practices" ("## 5. Exception Handling ve
Best Practices"), or a numbered chapter of them ("### *9. Best Practices*"): under it, a
line that asks with a mark is still asked."""
_ITEM_MARK = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
"""The mark that opens a list item's line ("- ", "2. ")."""
_FIELD_LABEL = re.compile(
    r"(?:\*\*|__)[^*_\n|]{2,24}?(?:\*\*|__)\s*[:：]|(?:\*\*|__)[^*_\n|]{2,24}?[:：](?:\*\*|__)"
)
"""A bold field name ("**Duration**:"), several of which on a line are a lesson's fields."""
_PROBLEM_TASK = re.compile(
    r"(?:Given|Calculate|Compute|Find|Determine|Prove|Show that|Derive|Solve|Evaluate|Estimate|"
    r"Explain|Describe|Discuss|"
    r"For (?:the|a|an|vectors?|matrix|matrices|each|every|all))\b(?:\W+\w+){6}"
    # "Using the eigenvalues found above, calculate …": what to use, then the task
    r"|Using [^,\n]{3,80}, (?:calculate|compute|find|determine|explain|describe|show|derive)"
    r"\b(?:\W+\w+){2}"
)
"""A problem set as a task, in a sentence ("Given two vectors …, calculate …", "For the
matrix A, find …"); a capital first, as a sentence has."""


_TIP_LABEL = re.compile(
    r"(?i)(?:pro\s+)?tips?|notes?|hints?|remember|important|warning|caution|examples?|"
    r"follow[- ]?ups?|bonus|why|answer|solution"
)
"""A label of advice or of a part of an answer, not the name of a question's topic."""


_COUNTED_SECTION = re.compile(
    r"[^\w\n]*(?:[A-Z]|[IVX]{1,4})[.)][ \t]+(?:[A-Z][\w'’/&+-]*[ \t]+){0,5}[A-Z][\w'’/&+-]*"
    r"[ \t]*\(\d{1,3}\)[ \t]*"
)
"""A lettered section in title case with how many questions it holds ("📂 B. Channels
Basics (15)"): no question, whatever word leads it."""
_COUNTED_TITLE = re.compile(
    r"(?i)[^\w\n]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]|[ivx]{1,4})[.)]?[ \t]+[^\n?？]{2,60}?[ \t]*"
    r"\(\d{1,3}[ \t]*(?:soru|questions?|fragen?|preguntas?|perguntas?|quest(?:ões|oes)|"
    r"вопрос\w*|питан\w*|câu|问题|题|문제|질문)\)[ \t]*"
)
"""A numbered section that says how many questions it holds ("## 3.2 SELECT Temelleri (8
Soru)", "WHERE vs HAVING (3 Questions)"): no question, whatever word leads it."""


_EXERCISE_MARK = re.compile(
    r"(?i)^[\s*_>\-+]*\\?[【\[［]\s*(?:练习|練習|思考题?|作业|习题|exercise|practice|homework|"
    r"упражнение|задание|ejercicio|exerc[íi]cio|"
    # "\\[TF\\] The variance can never be negative.", "[MC] The sample variance formula is:"
    # (a quiz tool's kind of question: true or false, multiple choice or answers, short,
    # matching, essay, numeric, fill in)
    r"tf|t/f|mc|mcq|ma|short|match(?:ing)?|essay|numeric(?:al)?|fib|fill)\s*\d{0,3}\s*\\?[】\]］]\s*\S"
)
"""An item marked as an exercise ("【练习】实现…", "[Exercise] Write …") or as a kind of
quiz question ("[TF] …", "\\[MC\\] …", escaped as pandoc writes it)."""


_TYPED_QUESTION = re.compile(
    r"(?i)\s*(?:\d{1,3}[.)]\s*)?\[\s*(?:true\s*/\s*false|true\s+or\s+false|multiple[\s-]+choice|"
    r"single[\s-]+choice|fill[\s-]+in(?:[\s-]+the)?[\s-]+blanks?|short[\s-]+answer|matching|"
    r"pattern[\s-]+match(?:ing)?|mcq|calculat(?:e|ion)|one[\s-]+line(?:r)?|scenario|ordering|"
    r"essay|open[\s-]+ended)\s*\]\s*"
)
"""The kind of a question in brackets before it ("1. [Multiple Choice] Consensus")."""
_KIND_HEADING = re.compile(
    r"[\W_]*(?:\d{1,3}\s*[.、)．]\s*)?(?:单选|多选|选择|填空|判断|简答|编程|推导|计算|论述|问答|"
    r"设计|分析|思考|思维|证明|综合|应用|附加挑战|挑战|附加)题(?:\s*[（(][^）)\n]{1,10}[）)])?[\W_]*"
)
"""A heading that only numbers a question and names its kind ("### ✅ 1. 选择题", "multiple
choice"; "填空题", fill in the blank; "推导题", a derivation): the question is under it."""
_PICK_AFTER_MARK = re.compile(
    r"(?i)[?？]\s*\(?\s*(?:check|select|choose|mark|pick|tick|centang|pilih|cochez|marque|"
    r"selecciona|seleccione)\s+(?:all|semua|two|three|dua|tiga|toutes|todas|todos)\b[^?？\n]{0,40}$"
)
"""How to answer, after the question mark ("…? Check all that apply.", Indonesian
"…? Centang semua yang sesuai.")."""
_TRUE_OR_FALSE_TITLE = re.compile(
    r"(?i)[\W\d_]*(?:(?:section|secci[oó]n|se[çc][ãa]o|teil|partie|part|parte|bagian)\s*\d{1,2}"
    r"\s*[:.\-–—]?\s*)?"
    # ("## Questões de Verdadeiro ou Falso": "questions of true or false")
    r"(?:(?:quest(?:[õo]es|ions)|preguntas|perguntas|exerc[ií]cios)\s+(?:de\s+|of\s+)?)?"
    r"(?:true\s+or\s+false|true\s*/\s*false|t\s*/\s*f|richtig\s*(?:oder|/)\s*falsch|"
    r"vrai\s*(?:ou|/)\s*faux|verdadero\s*(?:o|/)\s*falso|verdadeiro\s*(?:ou|/)\s*falso|"
    r"benar\s*(?:atau|/)\s*salah)"
    r"(?:\s+(?:questions?|statements?|section))?\s*(?:\([^()\n]{0,30}\))?[\s*_:.#]*|"
    # "### Quick Check (True/False)": a name, and the kind in brackets
    r"[^\W\d_][^()\n]{0,30}\(\s*(?:true\s*/\s*false|true\s+or\s+false|t\s*/\s*f)\s*\)[\s*_:.#]*"
)
"""The title of a section of statements to judge ("## 2 True or False ($21$ pts)")."""
_PICK_CUE = re.compile(
    r"(?i)\(\s*(?:check|select|choose|mark|pick|tick)\s+all\s+(?:that|which)\s+appl(?:y|ies)"
    r"\s*\)[\s*_:：.#]*$"
)
"""How many choices to pick, in brackets at a stem's end ("… can (check all that apply):")."""


def _kind(text: str, legend: dict[str, str] | None = None) -> str | None:
    """Why `text` (one candidate line or item) is a question, or None (see
    `_kind_of`); the same line is asked about several times by the rules of a scan."""
    return _kind_memo(text, tuple(legend.items()) if legend is not None else None)


@functools.lru_cache(maxsize=262144)
def _kind_memo(text: str, legend: tuple[tuple[str, str], ...] | None) -> str | None:
    return _kind_of(text, dict(legend) if legend is not None else None)


_NOUN_CLAUSE = re.compile(
    r"(?i)[\W_]*(?:what|why|how|where|when)\s+"
    r"(?!(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|to|if)\b)"
    r"(?:[\w.'’-]+\s+){0,2}[\w.'’-]+\s+(?:is|are|works?|matters?|does|do|happens|means|fits)"
    r"(?:\s*(?:[+&,/]|and\b)\s*(?:what|why|how|where|when)\b[^\n]*)?[\W_]*"
)
"""A heading that names a topic as a clause, its subject before its verb ("What dbt is +
why it matters", "How it works"): no question is asked of the reader."""


def _kind_of(text: str, legend: dict[str, str] | None = None) -> str | None:
    """Why `text` (one candidate line or item) is a question, or None.

    "mark": a question mark, a difficulty marker or question numbering; "word": it
    starts like a question or an instruction but has no mark.
    """
    raw = _normal(text)
    if raw.count("|") and len(_FIELD_LABEL.findall(raw)) >= 2:
        return None  # "**Duration**: 10 min | **Section**: A - What IS Git?": fields
    box = _TASK_BOX.match(raw)
    if box and re.match(
        r"(?i)(?:(?:can|know|understand|able)\b|能|理解|掌握|知道|了解|会)[^?？]*$",
        raw[box.end() :],
    ):
        return None  # "- [ ] Can implement k-NN in 15 minutes": a self-check, not a question
    wiki = _WIKI_ANSWER.search(raw.split("\n", 1)[0])
    if wiki and re.search(r"[^\W\d_]{2}", raw[: wiki.start()]):
        # "- [ ] 1.5 Interpretation of coefficients as log-odds. — [[…|Ответ]]": linked
        # to the note that answers it, so it is asked
        return "mark" if _ends_as_question(raw[: wiki.start()]) else "word"
    if _SELF_CHECK.match(re.sub(r"^[\s*_>\-+]+", "", raw)) and "?" not in raw:
        return None  # "Can explain attention basics." (no one is asked): a rubric's line
    if _ABOUT_THE_CANDIDATE.match(re.sub(r"^[\s*_>\-+]+", "", raw)):
        return None  # "Focus: Can they use LLMs?", "Did they mention retries?": the grader's
    if re.search(r"(?i)\b(?:answers?|answering|addresses)\s+the\s+question\s*[:：]", raw):
        return None  # 'Verification answers the question: "Are we building it right?"'
    if _STAR_REQUEST.search(raw):
        return None  # "⭐ *If you found this helpful, give it a star …*": a footer
    if raw.rstrip().endswith(")") and (
        _COUNTED_SECTION.fullmatch(raw) or _COUNTED_TITLE.fullmatch(raw)
    ):
        return None  # "✨ C. Select Statement (10)": a section and how many it holds
    if _SETS_TASKS_HEADING.fullmatch(raw.split("\n", 1)[0]):
        return None  # "Complete the following tasks:": the title of the tasks below it
    if "?" not in raw and "？" not in raw and _NOUN_CLAUSE.fullmatch(raw.split("\n", 1)[0]):
        return None  # "✅ What dbt is + why it matters", "How it works": a topic, not asked
    if _EXERCISE_MARK.match(raw):
        return "mark"  # "【练习】实现一个完整的模块系统…": marked as an exercise
    if _TRUE_OR_FALSE_TITLE.fullmatch(raw):
        return None  # "## 2 True or False ($21$ pts)": the title of statements to judge
    if _TYPED_QUESTION.match(raw):
        return "mark"  # "1. [True/False] Single Source": a question of that kind
    if _PICK_AFTER_MARK.search(raw.split("\n", 1)[0]):
        return "mark"  # "Apa yang …? Centang semua yang sesuai.": asked, then how to answer
    if _PICK_CUE.search(raw.split("\n", 1)[0]):
        return "mark"  # "Recommending by popularity can (check all that apply):": a quiz stem
    if re.match(r"(?i)[\s*_#]*q(?:uestions?)?\s*\d{1,4}\s*[-–—]\s*q?\d{1,4}\b(?![^\n]*\?)", raw):
        return None  # "**Q21-Q60. Rapid-fire Docker Scenarios**": a range of them, titled
    started = _QUESTION_START.match(raw) or _QUESTION_START.match(re.sub(r"^\s*(\*\*|__)", "", raw))
    if started:
        named = raw.split("\n", 1)[0][started.end() - 1 :].strip(" *_:.-–—")
        if _LIST_TITLE.fullmatch(named) and not _INTERROGATIVE.match(named):
            return None  # "Task 5: Interview Questions": the title of the questions below
        if re.match(r"[\s*_]*example\b", raw, re.IGNORECASE) and (
            not named or _kind(named, legend) is None
        ):
            return None  # "Example 1: Dealing with a Challenging Team Member": worked through
        return "mark"
    opening = raw.split("\n", 1)[0]
    if "lc" in opening.lower().replace("leetcode", "lc") and _CODING_PROBLEM.fullmatch(opening):
        return "mark"  # "**Two Sum** (LeetCode 1)": a coding problem, named by its number
    if ("ifficult" in raw or "evel" in raw) and _LEVEL_ONLY.fullmatch(raw.split("\n", 1)[0]):
        return None  # "[Technical] Difficulty: Easy" over the question: its level
    if (
        len(raw) < 40
        and "?" not in raw
        and any(word in raw.lower() for word in _LEVELS)
        and _level_heading(raw.split("\n", 1)[0], legend or {}) is not None
    ):
        return None  # "🟢 Beginner Level" over questions: a level, not a question
    if len(_LEGEND_PAIR.findall(raw)) >= 2:
        return None  # the legend itself ("👶 easy ⭐️ medium 🚀 expert")
    label = _BOLD_LABEL.match(raw.split("\n", 1)[0])
    if label and label.group(3).strip():
        name = label.group(2).strip()
        spoken = re.match(r"[\s:]*[\"“](.+?)[\"”]?\s*$", label.group(3))
        if spoken and (_IMPERATIVE.match(spoken.group(1)) or _ends_as_question(spoken.group(1))):
            # '**System Design**: "Design a feed ranker"': a prompt, quoted as spoken
            return "mark" if _ends_as_question(spoken.group(1)) else "word"
        if (
            (name.endswith(":") or label.group(3).lstrip().startswith(":"))
            and _PROBLEM_TASK.match(label.group(3).lstrip(" :*_")) is not None
            and len(name.rstrip(":").split()) <= 5
            and not _IMPERATIVE.match(name)
            and not _TIP_LABEL.fullmatch(name.rstrip(":").strip())
            # (nor a STAR story's parts: "**Situation**: Explain a situation where …")
            and not re.match(
                r"(?i)(?:step|goal|aim|purpose|objective|task|situation|action|results?)\b", name
            )
            # ("**Tuning**: Find optimal values …": a phase of work, and what it does)
            and not re.search(r"(?i)ing\W*$", name)
        ):
            # "**Dot Product**: Calculate the dot product of [2, 3] and [4, 5].": a
            # problem's name, then the problem set as a task
            return "word"
        if (name.endswith(":") or label.group(3).lstrip().startswith(":")) and not (
            name.endswith("?")
            or _ends_as_question(label.group(3))  # "**Overfitting**: how did you detect it?"
            or re.fullmatch(
                rf"(?i)(?:the\s+)?(?:interview\s+)?(?:q|question|{_OTHER_QUESTION_WORDS})"
                # ("Question 8-b": the second part of the eighth)
                r"\s*(?:\d+(?:[-–]?[a-z])?)?\s*:?"
                r"|\d+[.)]?",
                name,
            )
            # "**Key Topic 1**: Compare SSE and WebSocket …": a numbered label, then a
            # prompt
            or (
                _NUMBERED_LABEL.fullmatch(name)
                and _kind(label.group(3).lstrip(" :*_"), legend) is not None
            )
            or re.fullmatch(r"(?i)true\s*(?:or|/)\s*false\s*:?", name)
            or (
                # "**Warm-up:** Implement a calculator agent": a level, then the task
                _LEVEL_LABEL.fullmatch(name.rstrip(":").strip())
                and _IMPERATIVE.match(label.group(3).lstrip(" :*_"))
            )
            or (
                # "**Closures:** Что такое замыкания …? Приведите …": a topic's name, then
                # a question (asked with a mark, then more), not a tip's advice
                _kind(label.group(3).lstrip(" :*_"), legend) == "mark"
                and not _IMPERATIVE.match(name)
                and not _TIP_LABEL.fullmatch(name.rstrip(":").strip())
            )
        ):
            if (
                # "**Deep Clone:** Напишите функцию …" ("write a function"): a task's
                # name, then the task in a language's formal imperative
                _FORMAL_TASK.match(label.group(3).lstrip(" :*_"))
                and not _IMPERATIVE.match(name)
                and not _TIP_LABEL.fullmatch(name.rstrip(":").strip())
                # "**Tarefa:** Explique qual era o desafio": a STAR answer's part
                and not re.fullmatch(
                    r"(?i)(?:situa(?:tion|ção|ción)|tas(?:k|ca)|tarefa|tarea|ac(?:tion|ção|ción)|"
                    r"result(?:s|ado)?|ситуация|задача|действи[ея]|результат)\W*",
                    name,
                )
            ):
                return "word"
            return None  # "**Explain your thinking**: walk through …" is a tip, not a question
    cleaned, difficulty = _clean(_split_source(raw)[0], legend)
    if not re.search(r"\w", cleaned):
        return None
    if difficulty is not None and re.search(r"[^\W\d_]{2}", cleaned):
        return "mark"
    if (
        ("(" in raw or "（" in raw or "[" in raw or "【" in raw)
        and _QUESTION_TYPE.search(raw)
        and re.search(r"[^\W\d_]{2}", cleaned)
    ):
        return "mark"  # "- 05 (单选)特征缩放的作用" ("(single choice) what feature scaling does")
    first_line = cleaned.split("\n", 1)[0]
    if _ends_as_question(cleaned) or _ends_as_question(first_line):
        return "mark"
    if "¿" in cleaned and re.search(r"¿[^¿?\n]{3,}\?", " ".join(cleaned.split())):
        return "mark"  # "… ¿Tendría suficiente evidencia …? 68.7, 71.0 …": asked inside
    opening = raw.split("\n", 1)[0]
    if (
        ("__" in opening or "———" in opening)
        and _CLOZE.search(opening)
        and (
            len(opening.split()) >= 4
            # (Chinese or Japanese, with no spaces between words: "协议是_______。")
            or len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", opening)) >= 6
        )
    ):
        return "mark"  # "… are _____, False or Unknown.": a blank to fill in
    if "?" in first_line:
        after = first_line.rsplit("?", 1)[1].strip(" *_")
        if (
            re.fullmatch(r"\[[\w\s/+#.-]{1,20}\]", after)  # "…? [code]": a tag after it
            # "… de quel type s'agit-il ? `let x = 7; x = -x;`": the code it asks about
            or re.fullmatch(r"`[^`\n]{1,200}`\.?", after)
            or _IMPERATIVE.match(after)
            or _OTHER_ASKS.match(after)
            or _CJK_ASKS.match(after)
            # "…的情况？请从模型底层原理分析根因。" ("please analyse the cause from …")
            or re.match(r"请[^\W\d_]", after)
            # "…있나요? 있다면 경험을 공유 해 주세요." ("if so, please share it")
            or re.search(r"(?:해\s*주세요|하세요|보세요|ください)\s*[.。]?\s*$", after)
            or re.match(r"(?i)\(?hint\b", after)
            # "…you handled? (GBs/TBs/PBs, number of records)": a gloss on what is asked
            or _GLOSS.fullmatch(after)
            # "…korrekt? (Wählen Sie alle zutreffenden Antworten aus.": how to answer it
            or re.match(r"(?i)\(?\s*(?:w[äa]hlen\s+sie|choose|select|pick|elija|escolha)\b", after)
            or _HOW_TO_ANSWER.match(after)  # "…? Round your answer to three decimals."
            # "什么是内部类？内部类的作用" ("…? and what inner classes are for"): a short
            # Chinese phrase after the mark asks on
            # ("…怎么优化？说下你的思路！", "… tell us how you'd think about it!")
            or re.fullmatch(r"[\u4e00-\u9fff][^。.!！\n]{0,24}[!！]?", after)
        ):
            return "mark"  # "…? Compare and contrast.", "…? Hint: …"
        clause = re.match(
            r"(?i)(?:assuming|if|once|now|then|also|finally|next)\b[^.?!]*,\s*", after
        )
        if clause and _IMPERATIVE.match(after[clause.end() :]):
            return "mark"  # "…? Assuming they are available, write a query …"
        either = re.match(r"(?i)(?:or|and)\b[,\s]+", after)
        if either and _IMPERATIVE.match(after[either.end() :].capitalize()):
            return "mark"  # "What is …? Or state an example …": a second way to ask
        return None  # a question followed by more prose: an aside, not an item
    plain = _LEAD_SYMBOLS.sub("", _TASK_BOX.sub("", re.sub(r"^[*_`\s]+", "", first_line)))
    if (
        _INTERROGATIVE.match(plain)
        and len(plain.split()) >= 3
        # "Do not use the project's name": a rule, not "Do you …?"
        and not re.match(r"(?i)(?:do|does|did)\s+not\b|don['’]t\b", plain)
    ) or _IMPERATIVE.match(plain):
        return "word"  # not "How it", a fragment
    asked = _CJK_ASKS.search(first_line)
    if (
        asked
        and len(re.sub(r"[\W_]", "", first_line)) > len(asked.group(0)) + 1
        # not "三、Wordvec 对比篇" ("part three: comparisons"): a part's name
        and not re.search(r"[篇章]\W*$", first_line)
        # not "检查供电和 IO 电平是否兼容。" ("check whether … match."): a step stated,
        # "whether" inside it, closed by a full stop
        and not (
            asked.group(0) == "是否"
            and first_line.rstrip(" *_").endswith("。")
            and len(_CJK_ASKS.findall(first_line)) == 1
        )
    ):
        return "word"  # not "概述" ("Overview") alone: a section's name
    if _OTHER_ASKS.search(plain):
        return "word"  # "预训练和SFT操作有什么不同" asks "what differs" without a mark
    last = re.split(r"(?<=[.!])\s+(?=[A-Z])", cleaned.split("\n\n", 1)[0].replace("\n", " "))[-1]
    last = re.sub(r"^[*_`\s]+", "", last)
    if last != plain and _IMPERATIVE.match(last):
        return "word"  # a statement, then "Enumerate these properties."
    if last != plain and _INTERROGATIVE.match(last) and 3 <= len(last.split()) <= 20:
        return "word"  # a game's rules, then "What's your optimal strategy" (no mark)
    clause = re.match(
        r"(?i)(?:without|using|given|assuming)\b[^.?!,]{1,60},\s*(?=[a-z])",
        last,
    )
    if last != plain and clause and _IMPERATIVE.match(last[clause.end() :].capitalize()):
        return "word"  # "… 576 times. Without using a calculator, calculate the …"
    clause = re.match(
        r"(?i)(?:using|with|given|assuming|including|considering|based\s+on)\b"
        r"(?:[^.?!,;:]|\.(?=\d)){3,80},"
        r"\s*(?=[a-z])",
        plain,
    )
    if clause and _IMPERATIVE.match(plain[clause.end() :].capitalize()):
        return "word"  # "Using the program shown in Figure 3.30, explain what …"
    return None


def _looks_like_question(text: str, legend: dict[str, str] | None = None) -> bool:
    return _kind(text, legend) is not None


def _inline_text(token: Token | None) -> str:
    if token is None or token.children is None:
        return token.content if token is not None else ""
    return "".join(
        " " if child.type in ("softbreak", "hardbreak") else child.content
        for child in token.children
        if child.type in ("text", "code_inline", "softbreak", "hardbreak", "html_inline")
        or child.type.endswith("_inline")
    ).replace("\n", " ")


def _unwrapped(heading: str) -> str:
    """A heading's text without the HTML that only centres it ('<h1 align="center">
    *Solution* </h1>')."""
    if "<" not in heading:
        return heading
    wrapped = re.fullmatch(
        r"\s*<(h[1-6]|center|p|span|font|div)\b[^>]*>(.*?)</\1\s*>\s*", heading, re.IGNORECASE
    )
    return wrapped.group(2) if wrapped and wrapped.group(2).strip() else heading


def _heading_text(token: Token | None) -> str:
    """A heading's Markdown, with a closing link kept (the source note reads it)."""
    content = token.content if token is not None else ""
    content = re.sub(r"<a\s+[^>]*>\s*</a>", "", content, flags=re.IGNORECASE)
    content = re.sub(r"\s*\{#[^}\s]*\}\s*$", "", content)  # "Title {#anchor}" (Hugo, pandoc)
    if "<span" in content or "&nbsp;" in content:
        # 'Problema &nbsp;<span class="deg-sitio">1</span>': styled, the words as shown
        content = re.sub(r"(?i)</?span\b[^>]*>", "", content)
        content = re.sub(r"\s*&nbsp;\s*", " ", content).strip()
    content = _unwrapped(content)
    # "## `Question 1 - Introduction to MySQL`": a heading set whole in code
    whole = re.fullmatch(r"\s*`([^`\n]*[^\W\d_][^`\n]*)`\s*", content)
    return (whole.group(1) if whole else content).strip()


def _section_name(heading: str) -> str:
    text = _normal(heading)
    text = re.sub(r"^\s*(?:chapter\s+)?\d+(?:\.\d+)*\.?\s+", "", text, flags=re.IGNORECASE)
    # "🔹 11–20: Data Structures": the range of the part's numbers is no part of its name
    text = re.sub(r"^[^\w\s]{0,3}\s*\d{1,4}\s*[–—-]\s*\d{1,4}\s*[:：]\s*", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?<=[^\W_])_(?=[^\W_])", " ", text)  # "Scenario_Based"
    text = re.sub(r"[*_`#]+", "", text)
    return text.strip(" :-–—")


def _category_of(heading: str) -> str | None:
    words = re.sub(r"[^a-z ]+", " ", _normal(heading).lower())
    words = re.sub(r"\s+", " ", words).strip()
    words = re.sub(r"\s*(interview)?\s*questions?$", "", words).strip()
    return CATEGORY_WORDS.get(words)


_ASKED_CATEGORY: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)^\W*design\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:system|service|platform|"
            r"shortener|feed|cache|queue|store|api|pipeline|backend)\b"
        ),
        "system-design",
    ),
    (re.compile(r"(?i)^\W*(?:tell\s+(?:me|us)\s+about|describe|share)\s+a\s+time\b"), "behavioral"),
]
"""What a question's own words say of its category when nothing around it does
("Design a URL shortening system …", "Tell me about a time …")."""


def _asked_category(text: str) -> str | None:
    return next((category for pattern, category in _ASKED_CATEGORY if pattern.match(text)), None)


def category_hint(text: str) -> str | None:
    """The category a heading, a title or a file name points to, if any."""
    exact = _category_of(text)
    if exact:
        return exact
    plain = re.sub(r"[_\-]+", " ", _normal(text))
    for pattern, category in CATEGORY_HINTS:
        if pattern.search(plain):
            return category
    return None


_LINK_ONLY = re.compile(r"\s*\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)\s*", re.DOTALL)
_IN_PAGE_LINK = re.compile(r"\s*\[([^\]]+)\]\(\s*#[^()\s]*\)\s*", re.DOTALL)
"""A link to a heading of the same page ("[What is MySQL?](#question-1-what-is-mysql)")."""


def _is_toc_entry(content: str) -> bool:
    """A list item that is only a link (a table of contents), not a question; a wiki
    link to a heading ("[[#What is a kernel launch?]]") is one too, so is an item led by
    a link to a heading of the page ("**[Q1.](#q1)** What is …?"), and so is a bare
    address ("https://…", with an entity such as "&#x20;" after it)."""
    if "&" in content:
        content = re.sub(r"&(?:#x?[0-9a-fA-F]{1,6}|nbsp);", " ", content)
    return bool(
        _LINK_ONLY.fullmatch(content)
        # "[706. Design HashMap](https://leetcode.com/…) (_easy_) (_Similar Web_)": a
        # link to the problem's page and its tags
        or _LINK_ONLY.fullmatch(
            re.sub(r"(?:\s*\([*_]{0,2}[^()\n]{1,30}?[*_]{0,2}\))+\s*$", "", content)
        )
        # "**[Q1.](#q1)** What is …?": its number links to where it is asked and answered
        or re.match(r"\s*(\*\*|__)?\[[^\]\n]{1,20}\]\(#[^)\s]+\)\1?[ \t]+\S", content)
        or re.fullmatch(r"\s*\[\[[^\]\n]*#[^\]\n]+\]\]\s*", content)
        or re.fullmatch(r"\s*<?https?://\S+?>?\s*", content)
    )


_ANSWER_IN_HEADING = re.compile(
    r"(?i)[ \t]{0,3}#{1,6}[ \t]+(?:\*\*|__)?(?:ans|answers?|solution)[ \t]*(?:\*\*|__)?[ \t]*[:：]"
    r"[ \t]*(?:\*\*|__)?[ \t]*(\S.*)$"
)
"""A heading that labels the answer and gives it ("##### Ans: 2N")."""


_FOLD_MARKUP = re.compile(
    r"(?i)(?:(?:"
    # Hugo: '{{< spoiler text="Answer" >}}' … '{{< /spoiler >}}', "{{% details %}}"
    r"\{\{[<%]\s*/?\s*(?:spoiler|details|expand|collapse|toggle|reveal|accordion|answer|"
    r"solution|hint)\b[^\n{}]*[>%]\}\}"
    # Jekyll and Liquid: "{% details Answer %}" … "{% enddetails %}"
    r"|\{%-?\s*(?:end)?(?:details|spoiler|collapse|toggle|raw)\b[^\n{}]*-?%\}"
    # VitePress and VuePress: ":::details Answer" … ":::"
    r"|:{3,}[ \t]*(?:(?:details|spoiler)\b[^\n]*)?"
    r")[ \t]*)+"
)
"""A line of a site generator's fold around an answer, shown as a button: not content."""


def tidy_answer(answer: str) -> str:
    """An answer without separators, promotional footers and <details> wrappers."""
    kept: list[str] = []
    fence = ""
    if "<summary" in answer and "```" not in answer and "~~~" not in answer:
        # "<summary>" / "<strong>" / "🎯 Answer :" / "</strong>" / "</summary>": the
        # fold's title over its lines, one tag or word a line (shown by the fold, no
        # more of the answer than the title on one line is)
        answer = re.sub(
            r"(?is)^[ \t]*<summary\b[^>\n]*>[ \t]*\n(?:[^\n]{0,80}\n){1,4}?[ \t]*</summary>[ \t]*$",
            "",
            answer,
            flags=re.MULTILINE,
        )
    for line in answer.splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            marker = stripped[:3]
            fence = "" if fence == marker else fence or marker
        elif not fence and stripped.startswith("<!--") and re.fullmatch(r"<!--.*?-->", stripped):
            continue  # "<!-- item -->": a comment, which Markdown never shows
        elif not fence and stripped[:1] in "{:" and _FOLD_MARKUP.fullmatch(stripped):
            continue  # '{{< spoiler text="Answer" >}}', "{% enddetails %}", ":::"
        if re.fullmatch(
            r"(?i)(?:<br\s*/?>|<hr\s*/?>|</?details>|<!--</details>-->|<p>\s*</p>|</?p>|</?div[^>]*>|"
            r"</?(?:article|section)\b[^>]*>|<b>\s*</b>|&nbsp;|\s)+",
            stripped,
        ):
            continue
        if re.fullmatch(r"(?i)<summary\b[^>]*>.*</summary>", stripped):
            continue
        if _PROMO.match(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", stripped)):
            continue
        if not fence and (told := _ANSWER_IN_HEADING.match(line)) is not None:
            # "##### Ans: 2N": a label set as a heading, read as the label it is
            line = f"**Answer:** {told.group(1)}"
        # ('<b><a href="#">↥ back to top</a></b>': the link in bold or small type)
        unwrapped = (
            re.sub(
                r"(?i)^(?:<(b|strong|small|sub|sup|em|i)>\s*)+|(?:\s*</(b|strong|small|sub|sup|em|i)>)+$",
                "",
                stripped,
            )
            if stripped.startswith("<")
            else stripped
        )
        if (
            _NAVIGATION.fullmatch(stripped)
            or _HTML_NAVIGATION.fullmatch(stripped)
            or (unwrapped is not stripped and _HTML_NAVIGATION.fullmatch(unwrapped))
        ):
            continue  # "[⬆ Back to top](#questions)", '<a name="q2"></a>'
        line = re.sub(r"(?i)^\s*<details\b[^>]*>\s*<summary\b[^>]*>.*?</summary>", "", line)
        # "- <details><summary>Ответ:</summary>": the fold of the answer in a list item
        folded = (
            re.match(
                r"(?i)^\s*[-*+]\s+<details\b[^>]*>\s*<summary\b[^>]*>(.*?)</summary>\s*$", line
            )
            if "<summary" in line.lower()
            else None
        )
        if folded and _ANSWER_SUMMARY.match(re.sub(r"<[^>]+>", " ", folded.group(1)).strip()):
            continue
        line = re.sub(r"(?i)</details>\s*$", "", line)
        kept.append(line.rstrip())
    text = _dedent("\n".join(kept)).strip()
    # a rule, also drawn with dash glyphs ("⸻", "———", "═══")
    # ("+++" separates the cells of a MyST notebook)
    text = re.sub(r"(?:(?:^|\n)\s*(?:-{3,}|\*{3,}|_{3,}|\+{3}|[—⸺⸻─━═]+)\s*)+$", "", text)
    text = re.sub(r"^(?:\s*(?:-{3,}|\*{3,}|_{3,}|\+{3}|[—⸺⸻─━═]+)\s*(?:\n|$))+", "", text)
    whole = re.match(
        r"(?i)^(\*\*|__)\s*(?:answers?|ans|a|solution)\s*:\s*([^*_\n]+?)\s*\1[ \t]*(?:\n|$)", text
    )
    if whole:  # "**Answer: C**": the label and the answer in one bold span
        text = whole.group(2) + "\n" + text[whole.end() :]
    elif not is_placeholder(text):
        text = re.sub(
            r"^(?:[-*+][ \t]+(?=[*_]))?(?:\*\*|__|`|\*|_)?\s*"
            r"(?:(?:your|sample|model|expected|suggested|short|my|standard|reference|ideal)\s+)?"
            r"(?:(?:answers?|ans|a|solution|respuesta|resposta|r[ée]ponse|antwort|ответ|答案|解答|"
            r"답변|정답|cevap|jawaban)\s*(?:\*\*|__|\*|_)?\s*(?::|：|\n)|"
            # "**R//=** var()" ("R" for respuesta), "Ans. => GraphQL is …"
            r"r\s*//\s*=\s*(?:\*\*|__|\*|_)?|ans(?:wer)?\s*\.?\s*=>)"
            r"(?:[ \t]*[*_](?=[ \t])|\s*(?:\*\*|__|`)?)[ \t]*\n?",
            "",
            text,
            flags=re.I,
        )
    text = re.sub(r"\n{3,}", "\n\n", text)
    label = re.match(
        r"(?i)^[-*+]\s+(?:\*\*|__|\*|_)?\s*(?:answers?|ans|a|respuesta|resposta|r[ée]ponse|"
        r"antwort|ответ|答案|답변|cevap|jawaban|trả\s+lời)\s*[:：]\s*(?:\*\*|__|\*|_)?\s*",
        text,
    )
    if label and not re.search(r"(?m)^[-*+]\s", text[label.end() :]):
        # "- *A:* Data drift is …": one labelled point is the answer itself
        text = _dedent(text[label.end() :])
    return text.strip()


_FIELD = re.compile(r"^\s*(\*\*|__)\s*([^*_\n]{1,40}?)\s*[:：]?\s*\1\s*[:：]?\s*(.*)$")
_BULLET_FIELD = re.compile(
    r"^\s*[-*+]\s+(\*\*|__)\s*([^*_\n]{2,40}?)\s*[:：]?\s*\1\s*[:：]?\s*(.*)$"
)
_FOLLOW_UPS_NAME = (
    r"(?:possible\s+|likely\s+|common\s+|deep[- ]dive\s+|interviewer\s+)?"
    r"follow[- ]?ups?(?:\s+questions?)?|"
    # "Then they usually ask", "Interviewers often ask next"
    r"(?:then\s+)?(?:they|interviewers?)\s+(?:usually|often|typically|then|may|might|will)\s+"
    r"(?:also\s+)?ask(?:\s+next)?|"
    # Chinese ("key follow-ups", "further follow-ups") and Korean ("tail questions")
    r"(?:关键|继续|延伸|可能的?|常见)?追[问問](?:问题|問題|点)?(?:[与和及](?:简短)?(?:回答|解答|答案))?|"
    r"꼬리\s*질문|"
    # Spanish and Portuguese ("likely follow-up")
    r"repreguntas?(?:\s+probables?)?|preguntas?\s+de\s+seguimiento|"
    r"perguntas?\s+de\s+(?:acompanhamento|seguimento)"
)
"""The name of a list of follow-up questions ("Follow-up", "Possible follow-up questions")."""
_BULLET_LEAD = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
"""A list marker at the start of a line ("- ", "* ", "2. ", "3) ")."""
_FIELD_KIND = (
    ("difficulty", re.compile(r"(?i)difficulty|level")),
    ("tags", re.compile(r"(?i)tags?|topics?|keywords")),
    (
        "question",
        re.compile(r"(?i)question|scenario|prompt|context|problem|description|题目描述|问题描述"),
    ),
    (
        "answer",
        re.compile(
            r"(?i)answers?|model answer|solution|sample answer|(?:参考)?答案|解答|回答|답변|정답|"
            r"respuesta|resposta|r"
        ),
    ),
    (
        "rubric",
        re.compile(
            r"(?i)what (?:a )?(?:strong|good|great) answers? (?:includes?|covers?)|key points|"
            r"rubric|expected (?:points|answer points)|"
            r"a (?:strong|good) answer (?:includes?|covers?)|what to look for|evaluation criteria"
        ),
    ),
    ("pitfalls", re.compile(r"(?i)(?:common )?(?:pitfalls|mistakes|red flags)")),
    ("follow-ups", re.compile(r"(?i)" + _FOLLOW_UPS_NAME)),
)
_LEVELS = {
    "easy": "easy",
    "beginner": "easy",
    "basic": "easy",
    "medium": "medium",
    "intermediate": "medium",
    "moderate": "medium",
    "hard": "hard",
    "advanced": "hard",
    "expert": "hard",
    "difficult": "hard",
    "junior": "easy",
    "senior": "hard",
}


_PLAIN_FOLLOW_UPS = re.compile(r"^\s*(?:" + _FOLLOW_UPS_NAME + r")\s*[:：]\s*$", re.I | re.M)
"""A follow-ups label on a line of its own, with no bold ("关键追问：")."""


_PLAIN_FIELD = re.compile(r"^\s*[-*+]\s+([^\W\d_][\w /]{0,24}?)\s*:\s+(\S.*)$")
_ANSWER_FIELD = re.compile(r"(?i)(?:correct\s+)?(?:answers?|ans|solution)")


def _plain_field_list(item: Found) -> None:
    """An answer that is only plain `- Label: value` bullets, one of them the answer
    ("- Type: Multiple choice", "- Answer: sklearn.neighbors", "- Choices: a; b; c"):
    the answer's value answers, choices or options go to the question, a level sets the
    difficulty, and the other fields stay under the answer."""
    rows = [row for row in item.answer.split("\n") if row.strip()]
    fields = [m for m in (_PLAIN_FIELD.match(row) for row in rows) if m is not None]
    if len(rows) < 2 or len(fields) < len(rows):
        return
    answers = [m.group(2).strip() for m in fields if _ANSWER_FIELD.fullmatch(m.group(1).strip())]
    if not answers:
        return
    kept: list[str] = []
    for m in fields:
        label, value = m.group(1).strip(), m.group(2).strip()
        if _ANSWER_FIELD.fullmatch(label):
            continue
        if re.fullmatch(r"(?i)choices|options|alternatives", label):
            item.text = f"{item.text}\n\n{label}: {value}"
        elif re.fullmatch(r"(?i)difficulty|level", label) and value.lower() in _LEVELS:
            item.difficulty = item.difficulty or _LEVELS[value.lower()]
        else:
            kept.append(f"- {label}: {value}")
    item.answer = "\n\n".join(["\n".join(answers), *(["\n".join(kept)] if kept else [])])


_STAR_REQUEST = re.compile(
    r"(?i)\b(?:give|leave|drop|hit)\s+(?:it|this|this\s+repo(?:sitory)?|the\s+repo(?:sitory)?|us)?"
    r"\s*an?\s+(?:star|⭐|🌟)|\bstar\s+(?:this|the|our)\s+(?:repo|repository|project)\b|"
    r"\bplease\s+(?:consider\s+)?star(?:ring)?\b"
)
"""A request to star the repository ("give it a star"), in a footer."""
_Q_LABELLED = re.compile(r"(?i)^\s*(?:[-*+]\s+)?(\*\*|__)\s*q\s*\d{0,3}\s*[:：.)]")
"""A bold line that opens with a "Q:" label ("**Q: When to use …?**", "**Q3.** …")."""
_ASKED_FOLLOW_UP = re.compile(
    # ("*Follow-up: what breaks if …?* An answer …": in italics too)
    r"^\s*(?:[-*+]\s+)?(\*\*|__|\*(?!\*)|_(?!_))\s*(?:"
    + _FOLLOW_UPS_NAME
    + r")\s*\d{0,2}\s*[:：]\s*([^*_\n]{2,200}?)\s*\1",
    re.IGNORECASE,
)
"""A follow-up asked inside its bold label ("**追问：…？** its answer")."""
_ITALIC_FOLLOW_UP = re.compile(
    r"(?im)^\s*(?:[-*+]\s+)?(?:\*|_)\s*(?:" + _FOLLOW_UPS_NAME + r")\s*\d{0,2}\s*[:：]"
)
"""A line that opens with a follow-up's label in italics ("*Follow-up: …?*")."""
_LABELLED_FOLLOW_UP = re.compile(
    r"^\s*[-*+]\s+(\*\*|__)\s*(?:"
    + _FOLLOW_UPS_NAME
    + r")\s*[:：]?\s*\1\s*[:：]?\s*[\"“]([^\"“”\n]{4,300}?[?？])[\"”]",
    re.IGNORECASE,
)
"""A follow-up quoted after its bold label ('- **Interviewer Follow-up:** "How …?" (…)')."""
_FOLLOW_UP_ANSWER = re.compile(
    r"(?:(?:^|\s)(?:\*\*|__)?(?:答|回答|a|answer|ответ|respuesta|resposta)|"
    r"[（(](?:\*\*|__)?(?:答|回答|answer))\s*(?:\*\*|__)?\s*[:：]",
    re.I,
)
_FOLLOW_UP_LEAD = re.compile(
    r"^(?:\*\*|__)?\s*(?:" + _FOLLOW_UPS_NAME + r"|q)\s*\d*\s*[:：]\s*(?:\*\*|__)?\s*", re.I
)


def _answered_follow_ups(item: Found) -> set[int]:
    """Follow-ups answered where they are asked ("**常见追问与回答：**" over "- **追问：…？**
    答：…"): each question is a follow-up, and the block, answers and all, stays in the
    answer. The numbers of the block's lines, label included."""
    lines = item.answer.split("\n")
    kept: set[int] = set()
    at = 0
    while at < len(lines):
        # ("- **追问点**：" over its own sub-items: a label in a list)
        field = _FIELD.match(lines[at]) or _BULLET_FIELD.match(lines[at])
        label = re.sub(r"^[^\w\s]+\s*", "", field.group(2).strip()) if field else ""
        if (
            not field
            or field.group(3).strip()
            or not re.fullmatch(r"(?i)" + _FOLLOW_UPS_NAME, label.rstrip(". "))
        ):
            at += 1
            continue
        indent = len(lines[at]) - len(lines[at].lstrip())
        in_list = _BULLET_LEAD.match(lines[at]) is not None
        end = at + 1
        while end < len(lines) and (
            not lines[end].strip()
            or len(lines[end]) - len(lines[end].lstrip()) > indent
            or (not in_list and _BULLET_LEAD.match(lines[end]))
        ):
            end += 1
        while end > at + 1 and not lines[end - 1].strip():
            end -= 1
        block = lines[at + 1 : end]
        bullets = [row for row in block if _BULLET_LEAD.match(row)]
        answered = [row for row in block if _FOLLOW_UP_ANSWER.search(row)]
        if bullets and len(answered) >= len(bullets):
            for row in bullets:
                asked = _FOLLOW_UP_LEAD.sub("", _BULLET_LEAD.sub("", row).strip())
                asked = re.split(
                    r"(?:\*\*|__)\s*(?=\S)|\s(?:\*\*|__)?(?:答|a)\s*[:：]|\s*[（(]答\s*[:：]", asked
                )[0]
                asked = asked.strip(' *_"“”')
                if asked and asked not in item.follow_ups:
                    item.follow_ups.append(asked)
            kept.update(range(at, end))
        at = end
    return kept


_INLINE_ANSWER_LABEL = (
    r"[ \t]+(?:\*\*|__)[ \t]*(?:answer|ans|a|respuesta|resposta|réponse|antwort|ответ|答案?)"
    r"[ \t]*[:：][ \t]*(?:\*\*|__)[ \t]*"
)
_INLINE_ANSWER = re.compile(_INLINE_ANSWER_LABEL + r"(?=\S)", re.IGNORECASE)
"""A bold answer label inside the question's own line ("**Q21. [L1]** How …? **Answer:**
`docker exec …`")."""
_INLINE_ANSWER_OR_NONE = re.compile(_INLINE_ANSWER_LABEL + r"(?=\S|$)", re.IGNORECASE)
"""The same label, also at the end of the line with nothing after it (left unanswered)."""


def _inline_answer(item: Found) -> None:
    """A question whose line goes on with its answer after a bold label: the answer is
    the rest of the line (and anything the document puts under it)."""
    first, newline, rest = item.text.partition("\n")
    parts = _INLINE_ANSWER.split(first, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return
    asked, given = parts
    if not re.search(r"[^\W\d_]{2}", asked):
        return
    item.text = asked.strip() + (newline + rest if rest else "")
    item.answer = "\n\n".join(part for part in (given.strip(), item.answer.strip()) if part)


def _read_fields(item: Found) -> None:
    """Labelled fields that some lists put under each question (`**Difficulty:** Hard`,
    `**Tags:** a, b`, `**Question:** the scenario`, `**What a strong answer includes:**`
    and a list, `**Common pitfalls:**` and a list) go where they belong: difficulty, tags,
    the question, the rubric, the notes. Other bold labels stay in the answer."""
    _plain_field_list(item)
    if not item.answer or (
        "**" not in item.answer
        and "__" not in item.answer
        and not _PLAIN_FOLLOW_UPS.search(item.answer)
        and not _ITALIC_FOLLOW_UP.search(item.answer)
    ):
        return
    answer: list[str] = []
    kind: str | None = None
    changed = False
    kept_whole = _answered_follow_ups(item)
    leading = True  # "- **Description:** …", "- **Answer:**": fields as the answer's first bullets
    rows = item.answer.split("\n")
    for at, line in enumerate(rows):
        if at in kept_whole:
            answer.append(line)
            kind = None
            continue
        if _PLAIN_FOLLOW_UPS.fullmatch(line):
            # "关键追问：" (key follow-ups) over a list, a label with no bold
            changed, kind = True, "follow-ups"
            continue
        labelled_here = _LABELLED_FOLLOW_UP.match(line)
        if labelled_here and labelled_here.group(2).strip() not in item.follow_ups:
            # '- **Interviewer Follow-up:** "How does … affect the output?" (It moves …)':
            # a follow-up asked after its label, answered on its line (kept in the answer)
            item.follow_ups.append(labelled_here.group(2).strip())
            changed = True
        asked_here = _ASKED_FOLLOW_UP.match(line)
        if asked_here is None and _ITALIC_FOLLOW_UP.match(line):
            # "*Follow-up: how would you resolve … with the same" / "signature from two
            # interfaces?* Override …": the italics close on a later line
            asked_here = _ASKED_FOLLOW_UP.match(" ".join(r.strip() for r in rows[at : at + 3]))
        if asked_here and (
            _kind(asked_here.group(2)) is not None
            or "？" in asked_here.group(2)
            or "?" in asked_here.group(2)
        ):
            # "**追问：RAG 的三大失败点是什么？** 面试常被问……": a follow-up, answered on its
            # line (which stays in the answer)
            if asked_here.group(2).strip() not in item.follow_ups:
                item.follow_ups.append(asked_here.group(2).strip())
            changed, kind = True, None
            answer.append(line)
            continue
        bulleted = None if _FIELD.match(line) or not leading else _BULLET_FIELD.match(line)
        match = _FIELD.match(line) or bulleted
        # ("**🔁 Repregunta probable:**": a symbol before the label)
        label = re.sub(r"^[^\w\s]+\s*", "", match.group(2).strip()) if match else ""
        # ("- **Solution (Answer)**:": the label without its gloss)
        label = re.sub(r"\s*\([^()]{1,20}\)$", "", label)
        found_kind = next(
            (k for k, pattern in _FIELD_KIND if pattern.fullmatch(label.rstrip(". "))), None
        )
        if bulleted is not None and not (
            found_kind == "answer"
            or re.fullmatch(r"(?i)description|题目描述|问题描述", label)
            # "#### Question 1.1: Max Score Filter" over "- **Problem**: Write a query …":
            # under a title that does not ask, the problem is the question
            or (
                re.fullmatch(r"(?i)problem|task|question", label)
                and not _ends_as_question(item.text)
                and _kind(_NUMBERING.sub("", item.text, count=1)) is None
            )
        ):
            # "- **Scenario**: …" first in an answer is a point of it, not a field
            match, found_kind = None, None
        if match and found_kind is not None:
            changed = True
            kind = found_kind
            value = match.group(3).strip()
            if kind == "difficulty":
                level = _LEVELS.get(re.sub(r"[^a-z]", "", value.lower()))
                if level is not None:
                    item.difficulty = item.difficulty or level
                else:
                    answer.append(line)
                kind = None
            elif kind == "tags":
                item.topics.extend(t.strip(" `#") for t in re.split(r"[,;]", value) if t.strip())
                kind = None
            elif kind == "question":
                if value:
                    item.text = f"{item.text}\n\n{value}"
                kind = "question" if not value else "question-block"
                if bulleted is not None:
                    kind = None  # "- **Problem**: …" then "- **Trick**: …": one field a bullet
            elif kind == "answer":
                if value:
                    answer.append(value)
                kind = None
                leading = False  # "**Answer:**" over "- **Scenario**: …": the answer's points
            elif kind == "follow-ups":
                # "**Follow-up:** "How would you scale it?"": a question after this one
                if value:
                    # '*"¿Y `PATCH`?"* → "No es idempotente …"': the question, not its gist
                    asked = re.split(r"\s+(?:→|->|⇒)\s+", value, maxsplit=1)[0]
                    item.follow_ups.append(asked.strip('"“”*_ '))
            elif value:  # "**Key points:** a, b" on one line
                (item.rubric if kind == "rubric" else item.pitfalls).append(value)
            continue
        bullet = _BULLET_LEAD.match(line)
        if kind in ("rubric", "pitfalls", "follow-ups") and bullet:
            fields = {"rubric": item.rubric, "pitfalls": item.pitfalls}
            point = line[bullet.end() :].strip()
            if kind == "follow-ups":
                # '"What's RRF?" → Reciprocal Rank Fusion …': the question, not its gist
                point = re.split(r"\s+(?:→|->|⇒)\s+", point, maxsplit=1)[0]
            fields.get(kind, item.follow_ups).append(point.strip('"“” '))
            continue
        if kind in ("rubric", "pitfalls", "follow-ups") and not line.strip():
            continue
        if kind == "question-block" and line.strip():
            item.text = f"{item.text}\n\n{line.strip()}"
            continue
        kind = None
        if line.strip():
            leading = False
        answer.append(line)
    if changed:
        item.answer = _dedent(re.sub(r"\n{3,}", "\n\n", "\n".join(answer))).strip()


def _is_hint(paragraph: str) -> bool:
    """Whether a paragraph is a hint ("**Hint**: …", "Dica: …")."""
    return _HINT_LABEL.match(paragraph) is not None


def _split_hints(answer: str) -> tuple[str, list[str]]:
    """An answer without its ``**Hint**:`` paragraphs, and those hints."""
    hints: list[str] = []
    kept: list[str] = []
    for paragraph in re.split(r"\n\s*\n", answer):
        if _is_hint(paragraph):
            hint = _HINT_LABEL.sub("", paragraph.strip(), count=1).strip()
            if hint:
                hints.append(re.sub(r"\s*\n\s*", " ", hint))
            continue
        if _BULLET_HINT.search(paragraph):
            # "- Hint: Use `DENSE_RANK()`." among (or as) the bullets under a problem
            rows: list[str] = []
            in_hint = False
            for row in paragraph.split("\n"):
                bullet = _BULLET_HINT.match(row)
                if bullet:
                    hints.append(row[bullet.end() :].strip())
                    in_hint = True
                    continue
                if in_hint and row[:1] in (" ", "\t") and not re.match(r"\s*[-*+]\s", row):
                    hints[-1] = f"{hints[-1]} {row.strip()}"  # its wrapped lines
                    continue
                in_hint = False
                rows.append(row)
            paragraph = "\n".join(rows)
            if not paragraph.strip():
                continue
        kept.append(paragraph)
    return "\n\n".join(kept).strip(), hints


_DIRECTIVE = re.compile(
    r"^([ \t]*):{3,}[ \t]*[\w-]*[ \t]*(?:\[([^\]\n]*)\])?[ \t]*(?:\{[^}\n]*\})?[ \t]*$"
)
_ADMONITION = re.compile(r'^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+"([^"\n]*)")?[ \t]*$')


_FOLDED_ANSWER_TITLE = re.compile(
    r"(?i)\W*(?:(?:show|see|view|reveal|check)\s+(?:me\s+)?(?:the\s+)?)?"
    r"(?:answers?|solutions?|explanations?)\b(?:\s+(?:to|for)\s+[^\n]{1,60})?\W*$"
)
"""A callout's title that only says its body answers ("Show answer", "Show answers to
the quick checks", "Solution")."""


_TAB = re.compile(r'^([ \t]*)===[!+]?[ \t]+"([^"\n]*)"[ \t]*$')
_TAB_LABEL = re.compile(r"(?i)\W*(?:question|answer|solution|explanation|hint)s?\W*")


def _unwrap_admonitions(text: str) -> str:
    """Callout boxes as plain Markdown, line for line: a `:::note[Question: …]` directive
    (Docusaurus, Starlight, MyST) or a `??? question "…"` admonition (MkDocs) becomes its
    title, a bare `:::tip` / `:::` fence a blank line, and an admonition's body loses the
    four-space indent that CommonMark would read as code. MkDocs content tabs (`===
    "Answer"`) nest in them the same way; a tab titled only "Question" or "Answer" is a
    blank line, as the heading or paragraph in it says which is which."""
    if ":::" not in text and "!!!" not in text and "???" not in text and "===" not in text:
        return text
    out: list[str] = []
    bodies: list[int] = []  # the indent of each open box's body, innermost last
    fence = ""  # the open code fence's marker: its lines are code, never a box
    for line in text.split("\n"):
        if bodies and line.strip():
            indent = len(line) - len(line.lstrip(" "))
            while bodies and indent < bodies[-1]:
                bodies.pop()
            line = line[4 * len(bodies) :] if bodies else line
        elif bodies:
            out.append(line)
            continue
        opening = line.lstrip()[:3]
        if fence or opening in ("```", "~~~"):
            fence = "" if fence == opening else fence or opening
            out.append(line)
            continue
        directive = _DIRECTIVE.match(line)
        if directive:
            out.append(directive.group(1) + (directive.group(2) or "").strip())
            continue
        tab = _TAB.match(line)
        admonition = _ADMONITION.match(line) or tab
        if admonition:
            title = (admonition.group(2) or "").strip()
            if (tab and _TAB_LABEL.fullmatch(title)) or (
                title and _FOLDED_ANSWER_TITLE.match(title)
            ):
                title = ""  # ('??? note "Show answer"': only where the answer is)
            # a title that asks is a heading over its body (which follows with no blank
            # line), and so is any title of a box of the kind "question" ('??? question
            # "6. combineLatest vs forkJoin vs zip in one scenario each."'); any other title
            # is a line of text
            boxed = None if tab else re.match(r"[ \t]*(?:!!!|\?\?\?\+?)[ \t]*([\w-]+)", line)
            asks = bool(title) and (
                _kind(title) is not None
                or (
                    boxed is not None and boxed.group(1).lower() in ("question", "quiz", "exercise")
                )
            )
            out.append(admonition.group(1) + ("###### " if asks else "") + title)
            depth = 4 * len(bodies)
            bodies.append(depth + len(admonition.group(1).expandtabs(4)) + 4)
            continue
        out.append(line)
    return "\n".join(out)


_CODE_LINE = re.compile(
    r"^\s*(?:def|class|import|from|return|for|while|if|elif|else|try|except|with|print\(|"
    r"select|where|#include|const|let|var|function|public|private)\b|[;{}]\s*$|\w\(\)|==|\+=|"
    r"-=|\bself\.|^\s*#\s*\d+\.",
    re.IGNORECASE,
)


_MYST_DIRECTIVE = re.compile(
    r"\s*\{(admonition|note|tip|exercise|solution|hint|important|attention|caution|warning|"
    r"seealso|dropdown|card|question|answer)\}"
)
"""A MyST (Jupyter Book) directive fence, whose body is Markdown."""


_QUIZ_BODY = re.compile(
    r"(?im)^[ \t>]*(?:\*\*|__)?(?:options|choices|correct\s+(?:answer|option))\s*(?:\*\*|__)?\s*:"
)
"""A quiz's labels in a folded answer: the block's summary is asked, however it reads."""


def _line_above(lines: Sequence[str], at: int) -> str | None:
    """The nearest line above 0-based line `at` that is not blank, if any."""
    return next((lines[n] for n in range(at - 1, -1, -1) if lines[n].strip()), None)


def _no_language(info: str) -> bool:
    """Whether a fence's info string names no language: empty, `text`, or no word at all
    ("```---1/1.txt---", a file's name pasted after the fence by a shell loop)."""
    info = info.strip().lower()
    return info in ("", "text", "txt", "md", "plaintext") or not re.match(r"[a-z{]", info)


def _prose_in_code(text: str, tokens: Sequence[Token], legend: dict[str, str]) -> str:
    """The document with code blocks that hold a list of questions, not code, made plain
    text again, line for line: a fence with no language (or `text`) around `Q: … / A: …`
    pairs, or questions indented four spaces by accident ("    [E] What is …?")."""
    lines = text.split("\n")
    changed = False
    plain_fences = [
        token
        for token in tokens
        if token.type == "fence"
        and token.level == 0
        and token.map is not None
        and token.info.strip().lower() in ("", "text", "txt", "md")
    ]
    # "```" / "What is statistical power?" / "```", again and again: one question a fence
    single = [t for t in plain_fences if len([x for x in t.content.splitlines() if x.strip()]) == 1]
    asking = [t for t in single if _kind(t.content.strip(), legend) is not None]
    if len(asking) >= 3 and len(asking) * 3 >= len(single) * 2:
        for token in asking:
            start, end = token.map or (0, 0)
            for number in range(start, min(end, len(lines))):
                line = lines[number]
                lines[number] = "" if re.match(r"\s*(```|~~~)", line) else line.strip()
            changed = True
    # "### Aufgabe 1" over "```" / "Welche Zahl fehlt?" / "4, 9, 19, …" / "a) 149" …: a
    # fence right under a heading that asks in its first lines, three times or more
    headed = [
        token
        for token in plain_fences
        if any(
            _kind(row.strip(), legend) == "mark"
            for row in [x for x in token.content.splitlines() if x.strip()][:3]
        )
        and (above := _line_above(lines, (token.map or (0, 0))[0])) is not None
        and re.match(r"[ \t]{0,3}#{1,6}\s", above)
    ]
    if len(headed) >= 3:
        for token in headed:
            start, end = token.map or (0, 0)
            for number in range(start, min(end, len(lines))):
                line = lines[number]
                if number in (start, end - 1) and re.match(r"\s*(```|~~~)", line):
                    lines[number] = ""
                else:
                    lines[number] = line.strip()
            changed = True
    # "```" / "1. A company … Which …?" / its options and "Ans: C." / "```", a fence a
    # numbered question, three times or more
    numbered = [
        token
        for token in plain_fences
        if re.match(r"\s*\d{1,3}[.)]\s+\S", token.content.lstrip("\n"))
        and _kind(token.content.strip().split("\n", 1)[0], legend) is not None
    ]
    if len(numbered) < 3:
        numbered = []  # one fence of many questions: read below
    # MyST directives ("```{admonition} Question", "```{exercise}") hold Markdown, not code
    numbered += [
        token
        for token in tokens
        if token.type == "fence"
        and token.map is not None
        and _MYST_DIRECTIVE.match(token.info)
        and token not in numbered
    ]
    for token in numbered:
        start, end = token.map or (0, 0)
        directive = _MYST_DIRECTIVE.match(token.info)
        for number in range(start, min(end, len(lines))):
            if number in (start, end - 1) and re.match(r"\s*(```|~~~|:::)", lines[number]):
                lines[number] = ""
            elif directive and re.match(r"\s*:[\w-]+:", lines[number]):
                lines[number] = ""  # ":class: dropdown": the directive's option
        if directive:
            # "```{admonition} Question": its title, as a heading over its body
            title = token.info[directive.end() :].strip() or directive.group(1).capitalize()
            # ("````{dropdown} 解答" after "````{exercise}": the answer folded under it, a
            # label of the answer, not a heading that ends the question)
            lines[start] = "**Answer:**" if _ANSWER_HEADING.fullmatch(title) else f"###### {title}"
        changed = True
    for token in tokens:
        if token.level != 0 or token.map is None or token.type not in ("fence", "code_block"):
            continue
        if token.type == "fence" and not _no_language(token.info):
            continue
        if token in numbered:
            continue
        rows = [x.strip() for x in token.content.splitlines() if x.strip()]
        if len(rows) < 3 or re.search(r"[├└│┌┐┘┬┴┼─→←↓↑]|-->|->", token.content):
            continue  # a diagram or a decision tree ("Budget constrained?" / "├── Yes → …")
        if sum(bool(_CODE_LINE.search(x)) for x in rows) * 5 > len(rows):
            continue
        above = next((lines[at] for at in range(token.map[0] - 1, -1, -1) if lines[at].strip()), "")
        if re.match(r"(?i)^\W*(?:\*\*|__)?(?:answer\s+)?(?:template|format|outline)\b", above):
            continue  # "**Template**:" over "1. Problem: What drove this?": a form to fill
        # the groups of lines (split at blank lines) that start with a question, or the
        # lines that ask
        groups = [g.strip() for g in re.split(r"\n\s*\n", token.content) if g.strip()]
        asking_groups = sum(_kind(g.split("\n", 1)[0], legend) == "mark" for g in groups)
        asking_rows = sum(_kind(x, legend) == "mark" for x in rows)
        # "Q: …?" over its choices and "A: c", three times or more: a quiz pasted as text
        asked = sum(bool(re.match(r"(?i)q\s*:\s*\S", x)) for x in rows)
        told = sum(bool(re.match(r"(?i)a\s*:\s*\S", x)) for x in rows)
        # "    1. Describe …" / "    2. Which one …:" / "    7. How would you define …":
        # a numbered list of questions indented four spaces, most of its lines numbered
        items = [x for x in rows if re.match(r"\d{1,3}[.)]\s+\S", x)]
        asking_items = sum(_kind(_NUMBERING.sub("", x, count=1), legend) is not None for x in items)
        if not (
            (asking_groups >= 2 and asking_groups * 2 >= len(groups))
            or (asking_rows >= 2 and asking_rows * 10 >= len(rows) * 4)
            or (asked >= 3 and told * 2 >= asked and told <= asked * 2)
            or (
                token.type == "code_block"
                and len(items) >= 5
                and len(items) * 10 >= len(rows) * 7
                and asking_items * 2 >= len(items)
            )
            # "## Question 1" over "    Which of the following statements is true …?"
            # indented four spaces: the question, set as code by the indent
            or (
                token.type == "code_block"
                and (heading := re.match(r"[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", above)) is not None
                and _PROBLEM_LABEL.fullmatch(_normal(heading.group(1)).strip()) is not None
                and _kind(" ".join(groups[0].split()), legend) is not None
            )
        ):
            continue
        start, end = token.map
        for number in range(start, min(end, len(lines))):
            line = lines[number]
            if (
                token.type == "fence"
                and number in (start, end - 1)
                and re.match(r"\s*(```|~~~)", line)
            ):
                lines[number] = ""
            elif re.fullmatch(r"\s*-{3,}[^\s-][^\n]*[^\s-]-{3,}\s*", line):
                # "---1/1.txt---": the name of the file pasted next, between rules
                lines[number] = ""
            else:
                lines[number] = line.strip()
        changed = True
    return "\n".join(lines) if changed else text


_INTERVIEWER = re.compile(
    r"(?im)^([ \t]*)(?:\*\*|__)?(?:interviewer|i)\s*:\s*(?:\*\*|__)?[ \t]*(?=\S)"
)
_CANDIDATE = re.compile(
    r"(?im)^([ \t]*)(?:\*\*|__)?(?:candidate|c|me|you|answer)\s*:\s*(?:\*\*|__)?[ \t]*(?=\S)"
)


def _nested_fence_closers(text: str) -> str:
    """A fence nested in a fence ("```" around an answer, "```python" inside it) ends at
    the inner block's closing line, so the outer block's closing line, right below it,
    opens a new block that swallows the rest of the document: blank that line (line
    count unchanged)."""
    lines = text.split("\n")
    fence: str | None = None
    inner = False  # whether the open block holds a line that opens another ("```python")
    for at, line in enumerate(lines):
        marker = re.match(r"^[ ]{0,3}(`{3,}|~{3,})(.*)$", line)
        if marker is None:
            continue
        if fence is None:
            fence, inner = marker.group(1), False
        elif marker.group(1).startswith(fence) and not marker.group(2).strip():
            fence = None
            below = lines[at + 1] if at + 1 < len(lines) else ""
            if inner and re.fullmatch(r"[ ]{0,3}" + re.escape(marker.group(1)) + r"\s*", below):
                lines[at + 1] = ""  # "```" then "```": the outer block's closer
        elif marker.group(1).startswith(fence):
            # ("``` C" closed, then "```" over the options: two blocks, one under the other)
            inner = True
    return "\n".join(lines)


_HTML_HEADING = re.compile(
    r"(?im)^[ \t]{0,3}(?:\*\*|__)?<h([1-6])(?:\s[^>\n]*)?>[ \t]*([^<\n]*?\S)[ \t]*(?:</h\1>)?"
    r"(?:\*\*|__)?[ \t]*$"
)
_TAGGED_HTML_HEADING = re.compile(
    r"(?i)[ \t]{0,3}(?:\*\*|__)?<h([1-6])(?:\s[^>\n]*)?>[ \t]*([^\n]*?[^\W_][^\n]*?)[ \t]*</h\1\s*>"
    r"(?:\*\*|__)?[ \t]*"
    # "<h3>Which two devices …? </h3> (Choose two)": a note after it is its own
    r"(\([^()\n]{1,40}\))?[ \t]*"
)
"""An HTML heading closed on its line, with tags inside ('<h2><a name="toc">Contents</a></h2>')."""


_WRAPPER_TAG = re.compile(r"(?i)[ \t]*</?(?:p|div|center|span)(?:\s[^>\n]*)?>[ \t]*")
"""A line that only opens or closes a wrapper ('<p align="start">', "</div>")."""


_IMAGE_LINE = re.compile(r"(?im)^[ \t]{0,3}<img\b([^<>\n]{0,2000})/?>[ \t]*$(?=\n[ \t]*\S)")


def _markdown_image(line: re.Match[str]) -> str:
    """An `<img>` tag alone on its line as the Markdown image it shows (line kept)."""
    source = re.search(r"(?i)\bsrc\s*=\s*[\"']([^\"'\s]+)[\"']", line.group(1))
    alt = re.search(r"(?i)\balt\s*=\s*[\"']([^\"']*)[\"']", line.group(1))
    if source is None:
        return line.group(0)
    return f"![{(alt.group(1) if alt else '').strip()}]({source.group(1)})"


def _html_headings(text: str) -> str:
    """An HTML heading on a line of its own, outside code, as the Markdown heading of its
    level ("<h3>1. What is …?</h3>", also bold or left open; '<h2 id="arc">Explain
    ARC</h2>'): CommonMark reads it as HTML, which orders nothing. In a code block it is
    code ("```html" over "<h1>Title</h1>")."""
    lines = text.split("\n")
    fence: str | None = None
    changed = False
    for at, line in enumerate(lines):
        opened = _FENCE_LINE.match(line)
        if opened is not None:
            mark = opened.group(2)
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence) and not opened.group(3):
                fence = None
            continue
        if fence is not None or "<" not in line:
            continue
        if re.match(
            r"(?i)[ \t]*<(?:br|hr)\b[^>\n]*>(?:[ \t]*<(?:br|hr)\b[^>\n]*>)*[ \t]*<h[1-6]\b", line
        ):
            # "<br><br><hr><br><h2><b>1.3 Topologies</b></h2><br>": breaks and a rule
            # around a heading space it out; they hide it
            line = re.sub(r"(?i)^[ \t]*(?:<(?:br|hr)\b[^>\n]*>[ \t]*)+", "", line)
            line = re.sub(r"(?i)(</h[1-6]\s*>)(?:[ \t]*<br\b[^>\n]*>)+[ \t]*$", r"\1", line)
        opens = re.match(r"(?i)[ \t]{0,3}<h([1-6])\b", line)
        if (
            opens is not None
            and at + 1 < len(lines)
            and re.fullmatch(rf"(?i)[ \t]*</h{opens.group(1)}\s*>[ \t]*", lines[at + 1])
            and not re.search(r"(?i)</h[1-6]", line)
        ):
            # "<h3>1. <b>Q: </b> Which attack …?" closed by "</h3>" alone on the next line
            line = f"{line.rstrip()}</h{opens.group(1)}>"
            lines[at + 1] = ""
        heading = _HTML_HEADING.match(line) or _TAGGED_HTML_HEADING.fullmatch(line)
        if heading is not None:
            tail = heading.group(3) if heading.re is _TAGGED_HTML_HEADING else None
            # ('<a name="toc">Contents</a>': the words; a link stays a link)
            words = re.sub(
                r'(?is)<a\s[^>]*?href\s*=\s*["\']([^"\']+)["\'][^>]*>(.*?)</a\s*>',
                r"[\2](\1)",
                heading.group(2) + (f" {tail}" if tail else ""),
            )
            words = re.sub(r"<[^>]+>", "", words).strip()
            if re.search(r"[^\W_]", words):
                lines[at] = "#" * int(heading.group(1)) + " " + words
                changed = True
                # '<p align="start">' right above: an HTML block CommonMark would read the
                # headings into (up to a blank line); the wrapper shows nothing
                above = at - 1
                while above >= 0 and _WRAPPER_TAG.fullmatch(lines[above]):
                    lines[above] = ""
                    above -= 1
    return "\n".join(lines) if changed else text


_PART_NUMBER = re.compile(r"^\s*\d{1,3}[-.]\d{1,3}[.)]?\s+")
"""The number of a part of a group ("2-1. ", "2.3 ") at the start of a line."""
_KEYCAP_BOLD = re.compile(r"(?m)^[ \t]{0,3}((?:\d\ufe0f?\u20e3){1,3})[ \t]*(\*\*|__)(.+?)\2[ \t]*$")
_BARE_NUMBER = re.compile(r"^(\d{1,3})[ \t]+(?=[^\W\d_])")


_HTML_LINK_ITEM = re.compile(
    r"(?m)^([ \t]*(?:[-*+]|\d{1,4}[.)])[ \t]+)<a\s+href\s*=\s*[\"']([^\"'<>]*)[\"'][^>]*>"
    r"([^<>\n]+(?:\n[^<>\n]+)?)</a>[ \t]*$"
)
"""A list item that is one HTML link ("- <a href="…">Что такое ООП?</a>")."""


def _html_link_items(text: str) -> str:
    """List items that are one HTML link, as Markdown links (an empty address: the text
    alone), so that they read as the links they are (line count unchanged)."""
    if "<a" not in text:
        return text

    def link(match: re.Match[str]) -> str:
        lead, href, label = match.groups()
        return f"{lead}[{label}]({href})" if href.strip() else f"{lead}{label}"

    return _HTML_LINK_ITEM.sub(link, text)


_QUOTED_LABEL = re.compile(
    r"[ \t]{0,3}>[ \t]*(?:\*\*|__)[ \t]*(?:the\s+)?(?:interview\s+)?(?:question|q)[ \t]*\d*[ \t]*"
    r"[:：]?[ \t]*(?:\*\*|__)[ \t]*[:：]?[ \t]*\S",
    re.IGNORECASE,
)
"""A quoted paragraph opened by a question's label ("> **The Question:** "…"")."""


_TIGHT_HEADING = re.compile(
    r"^(#{2,6})(?=[^\s#!])(?=.*[^\W\d_])|^(#)(?=[A-Z0-9*\u0080-\uffff])(?!(?:include|define|if|endif)\b)"
)
"""A heading without the space after its marks ("###1. **Define SOA.**"), which
CommonMark reads as text."""


def _tight_headings(text: str) -> str:
    """Headings written without the space after their marks, outside code (line count
    unchanged)."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    for at, line in _outside_fences(lines):
        if _TIGHT_HEADING.match(line):
            lines[at] = re.sub(r"^(#{1,6})", r"\1 ", line, count=1)
    return "\n".join(lines)


def _outside_fences(lines: Sequence[str]) -> Iterator[tuple[int, str]]:
    """The lines (with their index) that are not inside a fenced code block, nor its
    marks."""
    fence: str | None = None
    for at, line in enumerate(lines):
        marker = re.match(r"^[ \t]*(`{3,}|~{3,})", line)
        if marker:
            fence = (
                None if fence and marker.group(1).startswith(fence) else fence or marker.group(1)
            )
        elif fence is None:
            yield at, line


_QUOTED_NUMBER = re.compile(r"[ \t]{0,3}>[ \t]*\d{1,3}[.)、][ \t]*\S")
"""A numbered line in a quote (">1.有没有用过闭包…")."""


def _quoted_questions(text: str) -> str:
    """A question set apart in a quote under its label ("> **The Question:** …"), or
    numbered questions each quoted (">1.…", ">2.…", three or more), as the paragraphs
    they are: the quote marks of their lines go (line count unchanged)."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    numbered = sum(bool(_QUOTED_NUMBER.match(line)) for line in lines) >= 3
    at = 0
    while at < len(lines):
        if _QUOTED_LABEL.match(lines[at]) or (numbered and _QUOTED_NUMBER.match(lines[at])):
            while at < len(lines) and re.match(r"[ \t]{0,3}>[ \t]*\S", lines[at]):
                lines[at] = re.sub(r"^[ \t]{0,3}>[ \t]?", "", lines[at], count=1)
                at += 1
        at += 1
    return "\n".join(lines)


_FENCE_LINE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$")


def _nested_fences(text: str) -> str:
    """A fence with another inside it, indented deeper ("```" over "   ```python" …
    "   ```" … "```"): CommonMark closes the outer fence at the inner one's end, and the
    outer closing line then opens a fence that swallows the questions after it. The outer
    fence's lines get a fourth mark, which the inner lines cannot close (line count
    unchanged)."""
    if text.count("```") < 4:
        return text
    lines = text.split("\n")
    at = 0
    while at < len(lines):
        opened = _FENCE_LINE.match(lines[at])
        if opened is None or opened.group(2)[0] != "`":
            at += 1
            continue
        indent, marks = len(opened.group(1).expandtabs(4)), opened.group(2)
        depth, nested, close = 0, False, None
        for row in range(at + 1, min(len(lines), at + 400)):
            inner = _FENCE_LINE.match(lines[row])
            if inner is None or inner.group(2) != marks:
                continue
            deeper = len(inner.group(1).expandtabs(4)) > indent
            if inner.group(3) and deeper:
                depth, nested = depth + 1, True  # "   ```python": a fence inside
            elif not inner.group(3) and depth and deeper:
                depth -= 1
            elif not inner.group(3) and not deeper:
                close = row
                break
            elif not nested:
                break  # closed at the first bare line, as CommonMark reads it
        if nested and depth == 0 and close is not None:
            lines[at] = lines[at].replace(marks, marks + "`", 1)
            lines[close] = lines[close].replace(marks, marks + "`", 1)
            at = close + 1
            continue
        at += 1
    return "\n".join(lines)


_COMMA_NUMBER = re.compile(r"(?m)^([ \t]{0,3})(\d{1,3})、[ \t]*(?=\S)")
"""A line numbered with the enumeration comma of Chinese text ("1、简述函数式编程")."""


_DELIMITER_ROW = re.compile(r"[ \t]{0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")


def _table_cells(row: str) -> int:
    """How many cells a table row has (an escaped or code pipe divides none)."""
    bare = re.sub(r"`[^`\n]*`|\\\|", "x", row.strip())
    return len(bare.strip("|").split("|"))


def _uneven_tables(text: str) -> str:
    """A table whose delimiter row has more or fewer cells than its header ("Index |
    Question | Diffculty | Importance" over "--|----|----|---|---"): Markdown reads no
    table there, only a paragraph of pipes; the delimiter row, redrawn to the header's
    count, makes it the table it was meant to be (line count unchanged)."""
    lines = text.split("\n")
    changed = False
    outside = {at for at, _ in _outside_fences(lines)}
    for at in range(1, len(lines)):
        row = lines[at]
        if at not in outside or "-" not in row or "|" not in row:
            continue
        if not _DELIMITER_ROW.fullmatch(row):
            continue
        header = lines[at - 1]
        if "|" not in header or _DELIMITER_ROW.fullmatch(header) or not header.strip():
            continue
        wanted = _table_cells(header)
        if wanted != _table_cells(row) and wanted >= 2:
            lines[at] = "|" + "---|" * wanted
            changed = True
    return "\n".join(lines) if changed else text


_DASH_NUMBER = re.compile(r"(?m)^([ \t]{0,3})(\d{1,3})(?:\.-[ \t]*|[ \t]+-[ \t]+)(?=[^\s\d-])")


_LABEL_LINE = re.compile(
    r"(?i)[ \t]{0,3}(?:question|q|frage|pregunta|pergunta|quest[aã]o|exercise|problem|task)"
    r"[ \t]*#?[ \t]*\d{1,4}[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:?[ \t]*"
)
"""A line that only labels a question: "Question #2 (1 Point)"."""


def _label_lines_in_paragraphs(text: str) -> str:
    """Label lines ("Question #2 (1 Point)") over the lines of their question, three or
    more of them right under text: a page turned into text with no blank lines (an exam
    as a PDF), where each label runs on in the paragraph of the question above; as
    headings they start their own, the question under each (line count unchanged)."""
    if (
        len(
            re.findall(
                r"(?im)^[ \t]*(?:question|q|frage|pregunta|pergunta|quest|exercise|"
                r"problem|task)[ \t]*#?[ \t]*\d",
                text,
            )
        )
        < 3
    ):
        return text
    lines = text.split("\n")
    over_text = [
        at
        for at, line in _outside_fences(lines)
        if at < len(lines) - 1 and lines[at + 1].strip() and _LABEL_LINE.fullmatch(line)
    ]
    if sum(at > 0 and bool(lines[at - 1].strip()) for at in over_text) < 3:
        return text
    for at in over_text:  # (and those that open a page, under its blanked header)
        lines[at] = "###### " + lines[at].strip()
    return "\n".join(lines)


_QUIZ_DIV = re.compile(
    r'(?i)^[ \t]*<div\s+class="[^"]*\b(?:quiz-)?(question|option|feedback|container)\b[^"]*"'
    r"([^>]*)>(.*?)(?:</div>)?[ \t]*$"
)
"""A line of a quiz written as HTML: '<div class="quiz-question">1. …?</div>', '<div
class="quiz-option" data-correct="true" data-feedback="…">…</div>'."""


def _html_quiz(text: str) -> str:
    """A quiz written as HTML divs (three questions or more), as Markdown, line for
    line: each question a heading, its options boxes to tick (the right one ticked), and
    the feedback of the right one where the quiz shows its feedback."""
    if text.count("quiz-question") < 3 or "data-correct" not in text:
        return text
    lines = text.split("\n")
    right = ""
    for at, line in enumerate(lines):
        part = _QUIZ_DIV.match(line)
        if part is None:
            if line.strip() == "</div>" and lines[at - 1] != "":
                lines[at] = ""
            continue
        kind, attributes, inner = part.group(1).lower(), part.group(2), part.group(3).strip()
        if kind == "question":
            lines[at] = f"### {inner}"
            right = ""
        elif kind == "option":
            ticked = re.search(r'(?i)data-correct\s*=\s*"true"', attributes) is not None
            if ticked:
                said = re.search(r'(?i)data-feedback\s*=\s*"([^"]*)"', attributes)
                right = said.group(1).strip() if said else ""
            lines[at] = f"- [{'x' if ticked else ' '}] {inner}"
        elif kind == "feedback":
            lines[at] = ""  # (a blank line ends the options)
            closing = at + 1
            if right and closing < len(lines) and lines[closing].strip() == "</div>":
                lines[closing] = right  # the right option's feedback explains it
        else:
            lines[at] = ""
    return "\n".join(lines)


def _fenced_document(text: str) -> str:
    """A whole document inside one fence whose info string is a title ("``` C++
    Interview Questions and Answers" … "```" on the last line): the fence was a slip, so
    its title becomes a heading and the closing mark goes (line count unchanged)."""
    lines = text.split("\n")
    first = next((at for at, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text
    opened = re.fullmatch(r"[ \t]{0,3}(`{3,}|~{3,})[ \t]*(\S.*?)[ \t]*", lines[first])
    if (
        opened is None
        or len(re.findall(r"[^\W\d_]{2,}", opened.group(2))) < 3
        or re.search(r"[={}]", opened.group(2))
    ):
        return text  # ("```python", '```python title="app.py"': a language, code follows)
    mark = opened.group(1)
    closes = [
        at
        for at in range(first + 1, len(lines))
        if re.fullmatch(rf"[ \t]{{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*", lines[at])
    ]
    last = max((at for at, line in enumerate(lines) if line.strip()), default=first)
    if len(closes) > 1 or (closes and closes[0] != last):
        return text
    lines[first] = f"# {opened.group(2)}"
    if closes:
        lines[closes[0]] = ""
    return "\n".join(lines)


_PAGE_MARK = re.compile(r"[ \t]*--[ \t]*\d{1,4}[ \t]+of[ \t]+\d{1,4}[ \t]*--[ \t]*")
"""The mark a PDF-to-text converter puts where a page ends ("-- 6 of 21 --")."""


def _page_furniture(text: str) -> str:
    """A PDF turned into text: its page marks ("-- 6 of 21 --") and the running header
    printed under each (the lines that come back, numbers aside, after most marks:
    "Version 1.6 Page 7 of 21 …") are blanked, so they end no question and join no
    answer (line count unchanged)."""
    if "--" not in text:
        return text
    lines = text.split("\n")
    marks = [at for at, line in enumerate(lines) if _PAGE_MARK.fullmatch(line)]
    if len(marks) < 3:
        return text
    seen: dict[str, int] = {}
    for at in marks:
        for shape in {re.sub(r"\d+", "0", r.strip()) for r in lines[at + 1 : at + 9] if r.strip()}:
            seen[shape] = seen.get(shape, 0) + 1
    running = {shape for shape, count in seen.items() if count * 2 >= len(marks)}
    for at in marks:
        lines[at] = ""
        for below in range(at + 1, min(len(lines), at + 9)):
            row = lines[below]
            if re.sub(r"\d+", "0", row.strip()) in running and not _LABEL_LINE.fullmatch(row):
                lines[below] = ""  # (a question's label that opens most pages stays)
    return "\n".join(lines)


def _dash_numbering(text: str) -> str:
    """Lines numbered "1.-", "2.-" … or "1 - ", "2 - " … (three or more, outside code)
    as a numbered list, line count unchanged. Right under a line of text ("- Para
    interactuar …" then "2.- ¿Cuál es …?") such a line would run on in that paragraph,
    and an item numbered past 1 cannot end one, so it is numbered 1 there: its own list,
    its number no part of its text."""
    if (".-" not in text and " - " not in text) or len(_DASH_NUMBER.findall(text)) < 3:
        return text
    lines = text.split("\n")
    spaced = [
        int(numbered.group(2))
        for _, line in _outside_fences(lines)
        if (numbered := _DASH_NUMBER.match(line)) and ".-" not in numbered.group(0)
    ]
    # ("1 - 量の割引", "1 - 冗⻑性" … : a tally, not a numbering; numbers that mostly go
    # up by one number a list)
    counting = sum(b == a + 1 for a, b in pairwise(spaced)) * 2 >= len(spaced)
    for at, line in _outside_fences(lines):
        numbered = _DASH_NUMBER.match(line)
        if numbered is None or (".-" not in numbered.group(0) and not counting):
            continue
        above = lines[at - 1].strip() if at else ""
        number = numbered.group(2) if not above else "1"
        lines[at] = f"{numbered.group(1)}{number}. {line[numbered.end() :]}"
    return "\n".join(lines)


def _comma_numbering(text: str) -> str:
    """Lines numbered "1、", "2、" … (three or more, at the start of their lines) as a
    numbered list; what is indented under each stays in its item (line count unchanged)."""
    if "、" not in text or len(_COMMA_NUMBER.findall(text)) < 3:
        return text
    return _COMMA_NUMBER.sub(r"\1\2. ", text)


_HTML_BOLD_NUMBER = re.compile(
    r"(?im)^[ \t]{0,3}(?::[a-z0-9_+-]{1,30}:[ \t]*)?<(strong|b)>[ \t]*(?:<(strong|b)>[ \t]*)?"
    r"(?P<number>\d{1,4}[.)])[ \t]*(?:</(?:strong|b)>[ \t]*){1,2}[ \t]*(?=\S)"
)
_HEADING_ITEM = re.compile(r"[ \t]{0,3}(\d{1,3}[.)]|[-*+])([ \t]+)(#{1,6})([ \t]+\S.*)")


def _heading_items(text: str) -> str:
    """List items that only hold a section of folded questions ("1.  ### Загальні" over
    `<details><summary>1. Які методи …?</summary>` blocks indented under it), twice or
    more: the heading and what is indented under it, as if written at the left margin, its
    number kept ("### 1. Загальні"; line count unchanged)."""
    lines = text.split("\n")
    if sum(1 for line in lines if _HEADING_ITEM.fullmatch(line)) < 2:
        return text
    # (0-based line, line after, item, whether it holds folds)
    items: list[tuple[int, int, re.Match[str], bool]] = []
    for at, line in enumerate(lines):
        item = _HEADING_ITEM.fullmatch(line)
        if item is None:
            continue
        indent = item.start(3)
        after = at + 1
        while after < len(lines) and (
            not lines[after].strip() or len(lines[after]) - len(lines[after].lstrip(" ")) >= indent
        ):
            after += 1
        # ("    - <details><summary>Ответ:</summary>": the fold inside an item of its own)
        folded = any(
            re.match(r"\s*(?:[-*+][ \t]+)?(?:<details\b[^>]*>\s*)?<summary\b", row, re.IGNORECASE)
            for row in lines[at + 1 : after]
        )
        items.append((at, after, item, folded))
    # "3. ### Ինչի համար է typeof օպերատորը" over its answer indented under it: a numbered
    # heading question, three or more in a row numbered in order
    numbers = [int(m.group(1)[:-1]) for _, _, m, _ in items if m.group(1)[0].isdigit()]
    in_order = len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    items = [(at, after, m, folded) for at, after, m, folded in items if folded or in_order]
    if len(items) < 2:
        return text
    for at, after, item, _ in items:
        indent = item.start(3)
        number = f" {item.group(1)}" if item.group(1)[0].isdigit() else ""
        lines[at] = f"{item.group(3)}{number}{item.group(4)}"
        for row in range(at + 1, after):
            lines[row] = lines[row][indent:] if lines[row].strip() else ""
    return "\n".join(lines)


_BULLET_ROW = re.compile(r"[ \t]{0,3}[-*+][ \t]+\S")


def _questions_over_dashed_answers(text: str) -> str:
    """A line that asks, then its answer as a bullet right under it ("Çfarë është një
    funksion?" / "- Funksioni eshte …"), again and again with no blank line between: to
    CommonMark each question after the first runs on in the bullet above it. Three pairs
    or more in one block, two in three asking with a mark: each question becomes a
    heading, its bullet the answer (line count unchanged)."""
    if len(re.findall(r"\n[ \t]{0,3}[-*+][ \t]", text)) < 3:
        return text
    lines = text.split("\n")
    outside = {at for at, _ in _outside_fences(lines)}
    out = list(lines)
    at = 0
    while at < len(lines):
        if not lines[at].strip() or at not in outside:
            at += 1
            continue
        start = at
        while at < len(lines) and lines[at].strip() and at in outside:
            at += 1
        asks: list[int] = []
        row = start
        while row < at:
            line = lines[row]
            if (
                _BULLET_ROW.match(line)
                or _ITEM_MARK.match(line)
                or re.match(r"[ \t]|[#>|<`~]", line)
                or row + 1 >= at
                or not _BULLET_ROW.match(lines[row + 1])
            ):
                asks = []
                break
            asks.append(row)
            row += 1
            while row < at and _BULLET_ROW.match(lines[row]):
                row += 1
        if len(asks) >= 3 and sum(_ends_as_question(lines[n]) for n in asks) * 3 >= len(asks) * 2:
            for n in asks:
                out[n] = "#### " + lines[n].strip()
    return "\n".join(out)


def _quoted_under_labels(text: str) -> str:
    """A label heading ("## Question 1") over its question quoted from the exercises
    ("> `1`. Create a new notebook …", a page of solutions), twice or more: the quote's
    first paragraph as plain text, its number (in code or not) gone, so the label heading
    reads it as the question under it (line count unchanged)."""
    lines = text.split("\n")
    labels = [
        at
        for at, line in _outside_fences(lines)
        if (heading := re.match(r"[ \t]{0,3}#{1,6}[ \t]+(.*)", line))
        and _NUMBER_LABEL.fullmatch(heading[1])
    ]
    if len(labels) < 2:
        return text
    quoted: list[int] = []
    for at in labels:
        below = at + 1
        while below < len(lines) and not lines[below].strip():
            below += 1
        if below < len(lines) and re.match(r"[ \t]{0,3}>", lines[below]):
            quoted.append(below)
    if len(quoted) < 2:
        return text
    for below in quoted:
        first = True
        while below < len(lines) and re.match(r"[ \t]{0,3}>[ \t]?\S", lines[below]):
            row = re.sub(r"^[ \t]{0,3}>[ \t]?", "", lines[below])
            if first:
                row = re.sub(r"^(?:`\d{1,3}`|\d{1,3})[.)][ \t]+", "", row)
                first = False
            lines[below] = row
            below += 1
    return "\n".join(lines)


_BRACKETED_ITEM = re.compile(r"([ \t]*[-*+][ \t]+)\[([^\[\]\n]*[^\W\d_]{2}[^\[\]\n]*)\][ \t]*")


def _bracketed_items(text: str) -> str:
    """Bullets that hold only words in brackets, with no link after them and no
    reference that defines one ("- [Design Parking Lot]", a list whose links were never
    filled in), three or more: the words, as CommonMark shows them (line count
    unchanged)."""
    lines = text.split("\n")
    defined = {
        m.group(1).strip().casefold()
        for line in lines
        if (m := re.match(r"[ \t]{0,3}\[([^\]\n]+)\]:[ \t]*\S", line))
    }
    bare = [
        (at, m)
        for at, line in _outside_fences(lines)
        if (m := _BRACKETED_ITEM.fullmatch(line)) and m.group(2).strip().casefold() not in defined
    ]
    if len(bare) < 3:
        return text
    for at, m in bare:
        lines[at] = f"{m.group(1)}{m.group(2).strip()}"
    return "\n".join(lines)


_REVIEW_LABEL = re.compile(r"([ \t]{0,3})([RP])(\d{1,3})[.:][ \t]+(?=\S)")


def _review_labels(text: str) -> str:
    """A textbook's review questions and problems labelled "R3." and "P12." at the start
    of their lines, three or more, two in three asking: "Question 3:" and "Problem 12:",
    labels the rest of the reader knows (line count unchanged). A specification's "R1.
    The system shall …" asks nothing and stays as it is."""
    lines = text.split("\n")
    found = [(at, m) for at, line in _outside_fences(lines) if (m := _REVIEW_LABEL.match(line))]
    asking = sum(_kind(lines[at][m.end() :]) is not None for at, m in found)
    if len(found) < 3 or asking * 3 < len(found) * 2:
        return text
    for at, m in found:
        name = "Question" if m.group(2) == "R" else "Problem"
        lines[at] = f"{m.group(1)}{name} {m.group(3)}: {lines[at][m.end() :]}"
    return "\n".join(lines)


_LABELLED_ITEM = re.compile(
    r"(?i)^[-*+][ \t]+((?:problem|question|q|task|exercise|challenge)[ \t]*#?[ \t]*\d{1,3}"
    r"[ \t]*[:.)\-–—][ \t]*\S.*)$"
)


def _labelled_items(text: str) -> str:
    """Bullets at the left margin that each hold a labelled question alone ("* Problem 2:
    What is useEffect …?"), with its answer under it as paragraphs, lists and bold
    sub-headings: three or more, numbered in order, each alone in its list. Each reads
    as a heading, so what follows to the next one is its answer (line count
    unchanged)."""
    lines = text.split("\n")
    items = [
        (at, match) for at, line in _outside_fences(lines) if (match := _LABELLED_ITEM.match(line))
    ]
    numbers = [int(re.findall(r"\d+", match.group(1))[0]) for _, match in items]
    if len(items) < 3 or any(b <= a for a, b in itertools.pairwise(numbers)):
        return text
    for at, _ in items:
        after = at + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if (
            after < len(lines)
            and re.match(r"[ \t]*[-*+][ \t]+\S", lines[after])
            and after == at + 1
        ):
            return text  # an item of a longer list
    for at, match in items:
        lines[at] = f"### {match.group(1)}"
    return "\n".join(lines)


_HEADED_BULLET = re.compile(r"^([ \t]*[-*+][ \t]+)#{1,6}[ \t]+(?=\S)")


def _headed_bullets(text: str) -> str:
    """Bullets whose words are set as a heading ("* #### Explain how `this` works"), three
    or more, most of them asking and none a link: plain bullets (line count
    unchanged)."""
    lines = text.split("\n")
    rows = [
        (at, match) for at, line in _outside_fences(lines) if (match := _HEADED_BULLET.match(line))
    ]
    if len(rows) < 3:
        return text
    words = [lines[at][match.end() :] for at, match in rows]
    if any(word.lstrip().startswith("[") for word in words):
        return text  # "- ### [1.Junior](#junior)": a table of contents
    if sum(_kind(word) is not None for word in words) * 3 < len(words) * 2:
        return text
    for at, match in rows:
        lines[at] = match.group(1) + lines[at][match.end() :]
    return "\n".join(lines)


_PAREN_NUMBER_LINE = re.compile(r"(?m)^[ \t]{0,3}\((\d{1,3})\)[ \t]*$")


def _parenthesized_numbers(text: str) -> str:
    """ "(1)" alone on its line over the question ("(1)" then "Namnge den komponent …"
    and its choices), three times or more and counting up: each number labels the
    question under it, as "###### Question 1" does (line count unchanged)."""
    lines = text.split("\n")
    labels = [
        (at, int(m.group(1)))
        for at, line in _outside_fences(lines)
        if (m := _PAREN_NUMBER_LINE.match(line))
    ]
    rising = sum(b == a + 1 for (_, a), (_, b) in pairwise(labels))
    if len(labels) < 3 or rising * 3 < (len(labels) - 1) * 2:
        return text
    for at, number in labels:
        lines[at] = f"###### Question {number}"
    return "\n".join(lines)


def _bare_numbering(text: str) -> str:
    """Lines numbered without a dot ("1 Explain the bias-variance trade-off." / "2 What is
    cross-validation?" …) read as a numbered list: at least three lines in a row, their
    numbers counting up by one. They get a ")", so that a numbered answer key below them
    ("1. Bias-variance trade-off" …) stays a list of its own (line count unchanged)."""
    lines = text.split("\n")
    run: list[int] = []
    read = False  # a run of three or more was read

    def flush() -> None:
        nonlocal read
        if len(run) >= 3:
            read = True
            for at in run:
                lines[at] = _BARE_NUMBER.sub(r"\1) ", lines[at], count=1)
        run.clear()

    for at, line in enumerate(lines):
        number = _BARE_NUMBER.match(line)
        if number and run and int(number.group(1)) == int(lines[run[-1]].split()[0]) + 1:
            run.append(at)
            continue
        flush()
        if number:
            run.append(at)
    flush()
    if read and any(_BARE_NUMBER.match(line) for line in lines):
        # "60 Based on the `Containerfile` below, …", its code, then "61 Create …" and
        # "62 Attach …": a run too short to count on its own goes on with the numbering
        # right above it (where runs of three were read)
        previous: int | None = None
        for at, line in _outside_fences(lines):
            listed = re.match(r"[ \t]{0,3}(\d{1,3})[.)][ \t]", line)
            number = _BARE_NUMBER.match(line)
            if listed:
                previous = int(listed.group(1))
            elif number and previous is not None and int(number.group(1)) == previous + 1:
                lines[at] = _BARE_NUMBER.sub(r"\1) ", line, count=1)
                previous += 1
    return "\n".join(lines)


_SHORT_LABEL = re.compile(r"^([ \t]*(?:[-*+>][ \t]+)?(?:\*\*|__)?[ \t]*)([^\W\d_])([ \t]*[:：])")


def _paired_labels(text: str) -> str:
    """Questions and answers under one-letter labels of the document's own language ("S:
    …" then "C: …" in Turkish, "F:" / "A:" in German, "В:" / "О:" in Russian, "问:" /
    "答:"), as `Q:` and `A:`, line for line: two labels that take turns at least three
    times, each answered within a few lines, the first mostly asking (options "A:" /
    "B:" / "C:" follow each other, never take turns)."""
    lines = text.split("\n")
    labelled: list[tuple[int, str]] = []
    for at, line in _outside_fences(lines):
        found = _SHORT_LABEL.match(line)
        if found:
            labelled.append((at, found.group(2).casefold()))
    turns: dict[tuple[str, str], int] = {}
    for (at, first), (below, second) in pairwise(labelled):
        if first != second and below - at <= 8:
            turns[(first, second)] = turns.get((first, second), 0) + 1
    best = max(turns, key=lambda pair: turns[pair], default=None)
    if best is None or best in (("q", "a"), ("a", "q")):
        return text
    asked, answered = best
    asks = [at for at, label in labelled if label == asked]
    if turns[best] < 3 or turns.get((answered, asked), 0) < 2 or turns[best] * 3 < len(asks) * 2:
        return text
    # most of them ask ("EN:" / "VI:", one answer in two languages, do not)
    if sum(_looks_like_question(_SHORT_LABEL.sub("", lines[at])) for at in asks) * 2 < len(asks):
        return text
    for at, label in labelled:
        if label in best:
            new = "Q" if label == asked else "A"
            lines[at] = _SHORT_LABEL.sub(rf"\g<1>{new}\g<3>", lines[at], count=1)
    return "\n".join(lines)


def _card_markers(text: str) -> str:
    """Flash cards exported with `:p` before the prompt and the answer between `??x` and
    `x??`, as `Q:` and a paragraph, line for line (where the document has three cards)."""
    if (
        len(re.findall(r"(?m)^\?\?x[ \t]*$", text)) < 3
        or len(re.findall(r"(?m)^:p[ \t]", text)) < 3
    ):
        return text
    text = re.sub(r"(?m)^:p[ \t]+", "Q: ", text)
    return re.sub(r"(?m)^(?:\?\?x|x\?\?)[ \t]*$", "", text)


_LONE_NUMBER = re.compile(r"^([ \t]{0,3}\d{1,3}[.)])[ \t]*\r?$")


def _lone_numbers(text: str) -> str:
    """A number alone on its line with its question on the next ("3." / "¿Qué es …?"),
    three times or more: CommonMark reads an empty item and a paragraph, and a number
    right under an answer's last line would not even start an item. The question moves
    up onto its number's line as a numbered heading of the lowest level (read like any
    other numbered headings), its old line left blank (line count unchanged)."""
    lines = text.split("\n")
    at_numbers = [
        at
        for at, line in enumerate(lines[:-1])
        if _LONE_NUMBER.match(line)
        and lines[at + 1].strip()
        and not _LONE_NUMBER.match(lines[at + 1])
        and not re.match(r"[ \t]*(?:[-*+>#|]|\d{1,3}[.)]|```|~~~|<)", lines[at + 1])
    ]
    if len(at_numbers) < 3 or re.search(r"(?m)^[ \t]{0,3}######[ \t]", text):
        return text
    for at in at_numbers:
        number = _LONE_NUMBER.match(lines[at])
        assert number is not None
        lines[at] = f"###### {number.group(1).strip()} {lines[at + 1].strip()}"
        lines[at + 1] = ""
    return "\n".join(lines)


_CHANCE = re.compile(r"(?m)^[ \t]{0,3}(\d{1,3})%[ \t]+(?=\S)")
"""A question with how often interviewers ask it, pasted from a table of questions
("75% В чем разница между checked и unchecked исключениями Java Core")."""


def _chance_items(text: str) -> str:
    """Lines led by how often each question is asked, three or more in a row (a line
    between them continues the one above): list items (line count unchanged)."""
    if "%" not in text:
        return text
    lines = text.split("\n")
    marked = [n for n, line in enumerate(lines) if _CHANCE.match(line)]
    runs: list[list[int]] = []
    for number in marked:
        if runs and number - runs[-1][-1] <= 2:
            runs[-1].append(number)
        else:
            runs.append([number])
    for run in runs:
        if len(run) >= 3:
            for number in run:
                lines[number] = _CHANCE.sub("- ", lines[number], count=1)
    return "\n".join(lines)


def _details_closed_tightly(text: str) -> str:
    """`</details>` with the next question right under it: CommonMark's HTML block only
    ends at a blank line, so it would swallow every question after it. The closing tag
    moves up to the end of the line above it, leaving the blank line that ends the
    block (line count unchanged). After a blank line in the answer (a paragraph, a
    fence), the tag would open an HTML block of its own: it becomes a one-line comment
    instead, which ends its block on its own line."""
    if "</details>" not in text:
        return text
    lines = text.split("\n")
    for at in range(len(lines) - 1):
        glued = re.fullmatch(r"([ \t]*[^<\s][^\n]*?)[ \t]*</details>[ \t]*\r?", lines[at])
        if glued is not None and not lines[at + 1].strip() and "`" not in glued.group(1)[:3]:
            # "- [ ] Querying database</details>": the tag glued to an option of the answer
            # would close nothing there (Markdown reads it as the item's text)
            lines[at] = glued.group(1)
            lines[at + 1] = _CLOSED_DETAILS
    for at in range(1, len(lines) - 1):
        if (
            re.fullmatch(r"[ \t]*</details>[ \t]*\r?", lines[at])
            and lines[at + 1].strip()
            and lines[at - 1].strip()
            and not re.match(r"[ \t]*<(?:details|summary)", lines[at + 1])
        ):
            run = at - 1  # back to the blank line above, or to the tag that opened a block
            while run > 0 and lines[run - 1].strip() and not _HTML_OPENS.match(lines[run]):
                run -= 1
            if not _HTML_OPENS.match(lines[run]):
                # not inside the HTML block of its <details> (a blank line ended that):
                # the tag would open a block of its own
                lines[at] = _CLOSED_DETAILS
            else:
                lines[at - 1] = lines[at - 1].rstrip() + " </details>"
                lines[at] = ""
    return "\n".join(lines)


_HTML_OPENS = re.compile(r"[ \t]{0,3}</?[A-Za-z]")
"""A line that opens an HTML block (not a comment)."""
_CLOSED_DETAILS = "<!--</details>-->"
"""A closing `</details>` that ends its HTML block on its own line."""


def _dialogue_labels(text: str) -> str:
    """A mock interview written as a dialogue ("**Interviewer:** …" / "**Candidate:** …"),
    as question and answer labels (`Q:` / `A:`), line for line. Only where the document
    has both kinds of turn."""
    if not _INTERVIEWER.search(text) or not _CANDIDATE.search(text):
        return text
    text = _INTERVIEWER.sub(r"\1Q: ", text)
    return _CANDIDATE.sub(r"\1A: ", text)


_STATEMENT = re.compile(r"\s*(?:[IVX]{1,4}|[a-hA-H]|\d{1,2})\s*[-–—.)]\s+\S")
"""A numbered statement or option under a prompt ("I - …", "b) …", "2. …")."""
_HIGHLIGHTED = re.compile(
    r"(?m)^([ \t]*(?:[-*+][ \t]+|\d{1,4}[.)][ \t]+|#{1,6}[ \t]+|>[ \t]*)?)"
    r"==(?=[^\s=])([^\n]*?[^\s=])==[ \t]*$"
)
"""A line set between highlight marks ("==text==")."""
_GLUED_NUMBER = re.compile(r"(?m)^([ \t]{0,3}\d{1,4}\.)(?=[^\W\d_])")
"""A number glued to the text it numbers ("1.Що таке …?"), not "3.14"."""
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(---|\+\+\+)[ \t]*\n((?:[^\n]*\n){0,80}?)(?:\1|\.\.\.)[ \t]*(?:\n|\Z)"
)


def _front_matter_title(text: str) -> tuple[str, int, int] | None:
    """A front matter's title that asks ("title: 面试记录：大模型的微调过程中，你调整了哪些
    参数，…？", a post that answers one interview question), without the label before it
    ("面试记录：", interview notes), with its 1-based line and the line after the front
    matter; or None."""
    found = _FRONT_MATTER.match(text) if text.startswith(("---", "\ufeff---")) else None
    if found is None:
        return None
    titled = re.search(r"(?m)^title[ \t]*:[ \t]*(\S.*)$", found.group(2))
    if titled is None:
        return None
    title = titled.group(1).strip()
    if len(title) >= 2 and title[0] == title[-1] and title[0] in "\"'":
        title = title[1:-1].strip()
    if not 4 <= len(title) <= 300 or not (title.endswith("？") or _ends_as_question(title)):
        return None
    title = re.sub(r"^[^:：?？\n]{1,12}[:：]\s*(?=\S)", "", title)
    line = 2 + found.group(2)[: titled.start()].count("\n")
    return title, line, found.group(0).count("\n")


def _front_matter_name(text: str) -> str:
    """The title a front matter gives the document ("title: 「DL」 深度学习问答"), or ""."""
    found = _FRONT_MATTER.match(text) if text.startswith(("---", "\ufeff---")) else None
    titled = re.search(r"(?m)^title[ \t]*:[ \t]*(\S.*)$", found.group(2)) if found else None
    return titled.group(1).strip().strip("\"'").strip() if titled else ""


def _front_matter_fields(text: str) -> tuple[tuple[str, int, int] | None, str]:
    """What a document's front matter says of its questions: the question it states
    ("question: 不使用乘法…实现两个整数相除。", a card in a knowledge base whose body is the
    answer) with its 1-based line and the line after the front matter, or None; and the
    subject it names (`topic: coding`, `category: ml`), a hint for the category, or ""."""
    found = _FRONT_MATTER.match(text) if text.startswith(("---", "\ufeff---")) else None
    if found is None:
        return None, ""
    block = found.group(2)
    subject = " ".join(
        re.findall(
            r"(?im)^(?:topic|category|subject|domain|subtopic)[ \t]*:[ \t]*"
            r"[\"']?([\w][\w /&+-]{0,40}?)[\"']?[ \t]*$",
            block,
        )
    )
    asked = re.search(
        r"(?m)^(?:question|prompt|问题|题目|質問|질문|pregunta)[ \t]*:[ \t]*(\S.*)$", block
    )
    if asked is None:
        return None, subject
    question = asked.group(1).strip()
    if len(question) >= 2 and question[0] == question[-1] and question[0] in "\"'":
        question = question[1:-1].strip()
    if not 4 <= len(question) <= 1200 or question[:1] in "|>[{&*!":
        # a block scalar, a list or an alias (or a whole text on one line): not a question
        # written out
        return None, subject
    line = 2 + block[: asked.start()].count("\n")
    return (question, line, found.group(0).count("\n")), subject


def _without_front_matter(text: str) -> str:
    """The document with its YAML (`---`) or TOML (`+++`) front matter blanked, line for
    line: a blog post's `title:` / `categories:` are not a heading over its questions
    (CommonMark reads the last of them, over the closing `---`, as one)."""
    found = _FRONT_MATTER.match(text)
    if found is None or not re.search(r"(?m)^[\w-]+\s*[:=]", found.group(2)):
        return text
    return "\n" * found.group(0).count("\n") + text[found.end() :]


_HTML_HEADING_TAG = re.compile(r"(?i)<h([1-6])\b[^>]{0,300}>")
_HTML_PAGE_HEADINGS = 2000
"""The most headings a page of HTML is read as Markdown with (each costs a conversion)."""
_HTML_PAGE_SIZE = 400_000
"""The largest page of HTML read as Markdown (a second a hundred thousand characters)."""
_HTML_PAGE_DEPTH = 150
"""The deepest nesting of tags a page of HTML is read as Markdown with."""
_HTML_VOID = frozenset(
    # tags that never close, and tags whose closing HTML leaves out ("<p>", "<li>")
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option".split()
)


def _html_depth(text: str) -> int:
    """How deep the tags of an HTML text nest at most (tags left open count on)."""
    depth = deepest = 0
    for tag in re.finditer(r"<(/?)([A-Za-z][\w-]{0,30})\b[^<>]{0,500}?(/?)>", text):
        if tag.group(3) or tag.group(2).lower() in _HTML_VOID:
            continue
        depth = max(depth - 1, 0) if tag.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _all_html(text: str, markdown_headings: int) -> bool:
    """Whether a document is all HTML once its front matter is set aside: no Markdown
    heading, and nine lines in ten that are not blank open or close a tag
    ("<div class="quiz-card" …>", "  <h3>Q1. SUM & Multiplication</h3>"), as a site's
    page of questions written by hand is."""
    if markdown_headings:
        return False
    rows = [row.strip() for row in _without_front_matter(text).split("\n") if row.strip()]
    tagged = sum(bool(re.match(r"</?[A-Za-z!][^<>]*>|\{::\w+\}|\{:/", row)) for row in rows)
    return len(rows) >= 20 and tagged * 10 >= len(rows) * 9


def _html_page(text: str) -> tuple[str, list[int]] | None:
    """A document that is one page of HTML, its headings inside the lines of the tags
    around them ('<div class="unit"><div><h2>🔹 1. What is Priority Queue?</h2></div>
    <div><h3>Answer:</h3> …', a site's export), as Markdown, with the 0-based line of
    the page each of its lines comes from; None for a Markdown document, however much
    HTML it holds (three such headings at least, and most of its headings so)."""
    if (
        len(text) > _HTML_PAGE_SIZE
        or text.count("<h") < 3
        or re.search(r"(?m)^[ \t]*(?:```|~~~)", text)
    ):
        return None
    tags = list(itertools.islice(_HTML_HEADING_TAG.finditer(text), _HTML_PAGE_HEADINGS + 1))
    if len(tags) > _HTML_PAGE_HEADINGS:
        return None  # (no page of questions has so many: a hostile file, read as it is)
    inside = sum(
        bool(text[text.rfind("\n", 0, tag.start()) + 1 : tag.start()].strip()) for tag in tags
    )
    markdown_headings = len(re.findall(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S", text))
    if (inside < 3 or inside * 2 < len(tags) or markdown_headings > inside) and not _all_html(
        text, markdown_headings
    ):
        return None
    # (Markdown around "<details><summary><h3>…</h3></summary>" is Markdown: a list,
    # a quote or a table in one line in ten)
    rows = [row for row in text.split("\n") if row.strip()]
    marked = sum(bool(re.match(r"\s*(?:[-*+]\s|\d{1,4}[.)]\s|>|\|)", row)) for row in rows)
    if marked * 10 > len(rows):
        return None
    if _html_depth(text) > _HTML_PAGE_DEPTH:
        return None  # (the converter's time grows with the square of the depth)
    from markdownify import markdownify  # only such pages need it

    starts = [0, *(tag.start() for tag in tags), len(text)]
    out: list[str] = []
    origin: list[int] = []
    first = 0  # the page's line where the piece starts, counted on piece by piece
    for begin, end in itertools.pairwise(starts):
        span = text.count("\n", begin, end)
        first, piece_line = first + span, first
        if begin == end:
            continue
        piece = text[begin:end]
        # a button shows no content ("Answer", to unfold it), nor does an empty block
        piece = re.sub(r"(?is)<button\b[^>]{0,300}>.{0,200}?</button\s*>", "", piece)
        for _ in range(3):
            piece = re.sub(r"(?is)<(pre|code)\b[^>]{0,300}>\s*</\1\s*>", "", piece)
        try:
            converted = markdownify(
                piece,
                heading_style="ATX",
                escape_asterisks=False,
                escape_underscores=False,
                escape_misc=False,
            ).strip()
        except Exception:  # a piece the converter cannot read (RecursionError): as it is
            converted = text[begin:end].strip()
        if not converted:
            continue
        rows = [*converted.split("\n"), ""]
        out.extend(rows)
        origin.extend(piece_line + min(at, span) for at in range(len(rows)))
    return "\n".join(out), origin


def scan(text: str, *, layout: str | None = None) -> Scan:
    """Every question of the document, in order, with its answer and context."""
    page = _html_page(text) if "<h" in text else None
    if page is None:
        return _scan(text, layout=layout)
    markdown, origin = page
    found = _scan(markdown, layout=layout)

    def back(line: int) -> int:  # 1-based, on the page
        return origin[min(max(line, 1), len(origin)) - 1] + 1

    for question in found.questions:
        question.line, question.end = back(question.line), back(question.end)
    found.unplaced = [(back(line), said) for line, said in found.unplaced]
    found.duplicates = [(back(line), back(first), said) for line, first, said in found.duplicates]
    found.skipped = [(back(line), said, why) for line, said, why in found.skipped]
    found.headings = [(back(line), level, said) for line, level, said in found.headings]
    return found


def _scan(text: str, *, layout: str | None = None) -> Scan:
    """Every question of the document, in order, with its answer and context."""
    _kind_memo.cache_clear()  # what one document asked is no use for the next
    _clean_memo.cache_clear()
    md = MarkdownIt("commonmark").enable("table")
    # A line that is only <br/> separates questions, but CommonMark keeps it inside the
    # paragraph around it: blank it (same line count, so line numbers stay right).
    text = re.sub(r"(?im)^[ \t]*<br\s*/?>[ \t]*$", "", text)
    if "quiz-question" in text:
        text = _html_quiz(text)
    if "``" in text[:400] or "~~~" in text[:400]:
        text = _fenced_document(text)
    declared, subject = _front_matter_fields(text)
    title_asks = _front_matter_title(text) if declared is None else None
    named_in_front = _front_matter_name(text)
    text = _without_front_matter(text)
    # "- ==Tell me about a time …==": a line marked as highlighted (Obsidian, Typora);
    # the marks carry no words, and hide the item's wording and its question mark
    text = _HIGHLIGHTED.sub(r"\1\2", text)
    # "* <!-- .element: class="fragment" --> Co to jest …?": a slide deck's comment
    # before an item's words says how to show it, nothing of what it asks
    if "<!--" in text:
        text = re.sub(
            r"(?m)^([ \t]*(?:[-*+]|\d{1,4}[.)])[ \t]+)<!--[^\n]{0,300}?-->[ \t]*(?=\S)", r"\1", text
        )
        # "<!-- **Answer: c** -->" under the options: the answer, hidden from a reader
        # who tests themselves; it is the answer all the same
        text = _HIDDEN_ANSWER.sub(r"\1\2", text)
    # Lists pasted from a word processor keep their bullet glyphs ("\t•\tTopic: …"),
    # which CommonMark reads as text: they become list items (line count unchanged).
    # A glyph after a tab starts a top-level item; after spaces it keeps its indent (a
    # point inside a numbered item).
    text = re.sub(r"(?m)^\t+[•◦▪‣●][ \t]+(?=\S)", "- ", text)
    text = re.sub(r"(?m)^( *)[•◦▪‣●][ \t]+(?=\S)", r"\1- ", text)
    # "> ## Extent of Slicing" … "{: .challenge}", or "::::: challenge": a Carpentries
    # lesson's exercises, each a question that ends where its quote or div does
    challenge_ends: dict[int, int] = {}
    if ".challenge" in text or re.search(r"(?m)^[ \t]*:{3,}[ \t]*\{?\.?challenge", text):
        text, challenge_ends = _carpentries_challenges(text)
    if "[!" in text:
        text = _callouts(text)
    if ":::" in text:
        # (before admonitions: "::: hints" in a quiz of "::: question :::" divs)
        text = _fenced_div_questions(text)
    text = _unwrap_admonitions(text)
    if "{:" in text:
        # "### Problema 1" over "{: .no_toc}": kramdown's attributes for the heading,
        # never shown; the line goes blank, so the problem is right under its heading
        text = re.sub(r"(?m)^([ \t]{0,3}#{1,6}[ \t][^\n]*\n)[ \t]*\{:[^}\n]*\}[ \t]*$", r"\1", text)
        # "**1 列举常见的一些范数 …**" over "{:.warning}": the same for the paragraph
        # above it; blank, it parts the bold question from the answer below it
        ial_rows = text.split("\n")
        for at, ial_row in _outside_fences(ial_rows):
            if ial_row.lstrip().startswith("{:") and re.fullmatch(
                r"[ \t]*\{:[^}\n]*\}[ \t]*", ial_row
            ):
                ial_rows[at] = ""
        text = "\n".join(ial_rows)
    # "1.         A building has 100 floors…": five spaces or more after a list marker
    # make CommonMark read the item as code; a pasted list means one
    text = re.sub(r"(?m)^([ \t]{0,3}(?:\d{1,4}[.)]|[-*+]))[ \t]{5,}(?=\S)", r"\1 ", text)
    text = _dialogue_labels(_paired_labels(_card_markers(text)))
    text = _details_closed_tightly(_lone_numbers(_chance_items(text)))
    if "<summary" in text:
        text = _summaries_on_one_line(text)
        # "<summary>…</summary><br><b>" over the answer, "</b></details>" after it: the
        # whole answer set in bold; the bold tags hide where the answer starts and ends
        if re.search(r"(?im)^[ \t]*</(?:b|strong)>[ \t]*</details>", text):
            text = re.sub(
                r"(?im)(</summary>(?:[ \t]*<br\s*/?>)*)[ \t]*<(?:b|strong)>[ \t]*$", r"\1", text
            )
            text = re.sub(r"(?im)^([ \t]*)</(?:b|strong)>[ \t]*(</details>)", r"\1\2", text)
    # "Question 1 of 50" alone on a line over the question, again and again: a quiz's
    # results pasted as plain text; each is the heading of its question
    counters = re.findall(r"(?im)^question\s+\d{1,4}\s+of\s+\d{1,4}[ \t]*$", text)
    if len(counters) >= 3:
        text = re.sub(r"(?im)^(question\s+\d{1,4})\s+of\s+\d{1,4}[ \t]*$", r"### \1", text)
    if re.search(r"(?im)^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*$", text):
        text = _markdown_fences_opened(text)
    if "```" in text or "~~~" in text:
        text = _unclosed_fence_opened(text)
    # "<ul>" over "<li> 왜 …나요?</li>" lines: an HTML list, one item a line, is a
    # Markdown list (its <ul> lines blank, so line numbers stay)
    if "\\\n" in text:
        text = _backslash_breaks(text)
    if len(_EXERCISE_NUMBER_HEADING.findall(text)) >= 2:
        text = _textbook_exercises(text)
    if len(_EXERCISE_ELSEWHERE.findall(text)) >= 2:
        # "✏️ EXERCICI 4. Selecciona …" (Catalan), "Zadatak 3." (Croatian): "exercise" in
        # another language, read as "Exercise 4." (a pictograph before it goes)
        text = _EXERCISE_ELSEWHERE.sub(r"\1Exercise \2", text)
    if re.search(r"(?m)^\d{1,2}\.[ \t]", text):
        text = _numbered_part_titles(text)
    if len(labels := _BOLD_NUMBER_PARAGRAPH.findall(text)) >= 3 and len(set(labels)) >= 3:
        # "**Problem #1** [Easy]" alone in its paragraph over the problem's paragraphs:
        # the label of each, as "###### Problem 1 [Easy]" is
        text = _BOLD_NUMBER_PARAGRAPH.sub(r"\1###### \2 \3\4", text)
    if len(_PAREN_PARAGRAPH.findall(text)) >= 3:
        text = _parenthesized_paragraphs(text)
    if len(_SHORT_QUESTION_LABEL.findall(text)) >= 3:
        # "**Que.1**\\" (or "Q.2") alone over the stem, again and again: the word cut
        # short before the number; read as "Question 1", the label it is
        text = _SHORT_QUESTION_LABEL.sub(r"\1Question \2", text)
    if len(_SOURCED_LABEL.findall(text)) >= 3:
        # "Задание: 1 (Serge I: 2002-09-30)" over the task: the label and its number, as
        # "Задание 1:" is read; where the task comes from goes
        text = _SOURCED_LABEL.sub(r"\1\2 \3:  ", text)
    if "===" in text:
        # "**题目19**" / "Question: … is an example of what?" / "=======": a rule of "="
        # under a paragraph of two lines or more would make all of it one heading (a
        # setext heading titles in one line): a slip, blanked (line count unchanged)
        text = _stray_setext(text)
    # (cards and quiz blocks lose the lines of their marks: a question ends on its last
    # line that still holds something)
    marks_blanked = False
    if "<quiz>" in text and len(_QUIZ_TAG.findall(text)) >= 6:
        text = _quiz_blocks(text)
        marks_blanked = True
    if "<?quiz?>" in text:
        text = _field_quiz_blocks(text)
        marks_blanked = True
    if "%%ANKI" in text:
        text = _anki_blocks(text)
        marks_blanked = True
    if "<div" in text:
        text = _div_wrapped_lines(_div_wrappers(text))
    if re.search(r"(?i)elect one|scegli un|seleccione una|escolha uma|choisir|w[äa]hlen sie", text):
        text = _SELECT_ONE.sub("", text)
    if "<li" in text:
        text = _html_nested_lists(text)
        text = _html_list_lines(text)
    # "- <b>웹 표준이란?</b>": HTML bold around a line's words is Markdown's bold
    text = re.sub(
        r"(?im)^([ \t]*(?:[-*+]|\d{1,4}[.)])?[ \t]*)<(b|strong)>([^<>\n]{1,300})</\2>[ \t]*$",
        r"\1**\3**",
        text,
    )
    # "***1. What is Java?***": a numbered line in bold italics is a bold line (not
    # "***a) SELECT***", an option marked as the right one)
    text = re.sub(
        r"(?m)^(\*\*\*|___)(\d{1,4}[.)][ \t]+[^*_\n]{1,300}?)(?<=\S)\1[ \t]*$",
        r"**\2**",
        text,
    )
    # "`24번` - JUnit의 Assertion이 …?" ("number 24"): a numbered question, its number
    # set in code and counted with 번
    text = re.sub(r"(?m)^[ \t]{0,3}`(\d{1,4})\s*번`[ \t]*[-–—:.)]?[ \t]+(?=\S)", r"\1. ", text)
    # "## 三、说一说C++11 的新特性有哪些": a heading numbered in Chinese numerals is
    # numbered ("## 3、…"), as its siblings "## 一、…" to "## 六、…" are
    if "、" in text or "．" in text:
        text = _chinese_numbered_headings(text)
    # "    ## 1. Try using MLflow Tracking …" over "    ## 2. …": numbered headings indented
    # four spaces (read as code), every line of the block one of them
    if "    #" in text:
        text = _indented_headings(text)
    # "🔹 11–20: Data Structures & Operations" on the line over a question: the name of a
    # part of the list and the range of its numbers, a heading (twice or more)
    if len(_RANGE_SECTION.findall(text)) >= 2:
        text = _RANGE_SECTION.sub("## ", text)
    # "#####15.1-2 Modify MEMOIZED-CUT-ROD …": a numbered heading written with no space
    # after its marks, as GitHub once read it (three or more in the document)
    if len(_UNSPACED_HEADING.findall(text)) >= 3:
        text = _UNSPACED_HEADING.sub(r"\1 ", text)
    # "## 1. Hello World!" over the task, then "### **Esempio di output:**" over its
    # example: a bold label set as a heading is that label, not a section
    if "**:" in text or ":**" in text:
        text = _BOLD_LABEL_HEADING.sub(_bold_label_line, text)
    # "--> 1.Explain about ARM7 Architecture?": an arrow before a numbered question line
    text = re.sub(r"(?m)^[ \t]{0,3}-{1,2}>[ \t]*(?=\d{1,3}[.)])", "", text)
    # "<h3>1. What is …?</h3>" (also bold, or left open): an HTML heading on a line of its
    # own is that Markdown heading
    if "<h" in text or "<H" in text:
        text = _html_headings(text)
    # '<img src="…" alt="">' alone on its line right over "##### Ans: …": an HTML block
    # that runs on to the next blank line and swallows the headings under it; the
    # picture, as Markdown, is a paragraph they end
    if "<img" in text:
        text = _IMAGE_LINE.sub(_markdown_image, text)
    # "2. [TCP의 …?](…) <br>" then, on the next line, "2-1. [만약 …?](…)": a part of the
    # second question, numbered as one, which CommonMark runs into the item above it
    if len(_SUB_NUMBERED.findall(text)) >= 3:
        text = _SUB_NUMBERED.sub(r"\1\2\3. ", text)
    text = _bare_numbering(
        _dash_numbering(_comma_numbering(_html_link_items(_quoted_questions(text))))
    )
    if len(_PAREN_NUMBER_LINE.findall(text)) >= 3:
        text = _parenthesized_numbers(text)
    text = _label_lines_in_paragraphs(_page_furniture(text))
    if "|" in text:
        text = _uneven_tables(text)
    text = _tight_headings(_nested_fences(_heading_items(text)))
    # "* Problem 2: What is useEffect …?" over its answer, again and again: a heading
    text = _labelled_items(text)
    # "## Question 1" over "> `1`. Create a new notebook …": the question, quoted
    if ">" in text:
        text = _quoted_under_labels(text)
    # "Çfarë është një funksion?" over "- Funksioni eshte …", no blank lines, again and
    # again: each question a heading over its answer
    text = _questions_over_dashed_answers(text)
    # "R3. How is a UDP socket fully identified?", "P12. …": a textbook's review
    # questions and problems
    if re.search(r"(?m)^[ \t]{0,3}[RP]\d", text):
        text = _review_labels(text)
    # "- [Design Parking Lot]": a link never filled in, its words what is asked
    if "- [" in text or "* [" in text or "+ [" in text:
        text = _bracketed_items(text)
    # "* #### Explain event delegation", "* #### Describe event bubbling." among "* What's
    # …?": a heading's marks inside a bullet only set its item in large type
    text = _headed_bullets(text)
    # ":blue_book: <strong><b>17)</b></strong> State all …": a number set in HTML bold
    # (after an emoji's short code) numbers the line
    text = _HTML_BOLD_NUMBER.sub(r"\g<number> ", text)
    # "1\. 已知…": numbering escaped by an editor's export, three times or more
    if len(re.findall(r"(?m)^[ \t]{0,3}\d{1,3}\\\.[ \t]", text)) >= 3:
        text = re.sub(r"(?m)^([ \t]{0,3}\d{1,3})\\\.(?=[ \t])", r"\1.", text)
    # "1）数据库事务的作用？": numbered with a full-width parenthesis, which CommonMark does
    # not read as a list marker
    text = re.sub(r"(?m)^([ \t]{0,3}\d{1,3})）[ \t]*(?=\S)", r"\1) ", text)
    # "1.Що таке …?" line after line: numbered with no space after the dot
    glued_rows = len(_GLUED_NUMBER.findall(text))
    if glued_rows >= 3 or (
        # "1.TreeMap/HashMap区别", "2.TreeSet/HashSet区别", then "3. HashMap 如何…": two
        # glued among three or more numbered lines
        glued_rows == 2
        and len(re.findall(r"(?m)^[ \t]{0,3}\d{1,4}\.[ \t]*(?=[^\W\d_])", text)) >= 3
    ):
        text = _GLUED_NUMBER.sub(r"\1 ", text)
    # "1**Como lidar com …?**": a stray digit glued to a bold line (pasted from a chat)
    text = re.sub(r"(?m)^[ \t]{0,3}\d{1,2}(?=(\*\*|__)[^*_\n]+\1[ \t]*$)", "", text)
    # "1️⃣ **Explain how …**": a bold question numbered with keycap digits
    text = _KEYCAP_BOLD.sub(
        lambda m: f"{m.group(2)}{re.sub(r'[^0-9]', '', m.group(1))}. {m.group(3)}{m.group(2)}",
        text,
    )
    text = _nested_fence_closers(text)
    if "<table" in text.lower():
        text = _problem_tables(text)
    # "`19. At what conditions …?`": a numbered question set in code by mistake
    text = re.sub(r"(?m)^`(\d{1,4}[.)][ \t]+[^`\n]+\?)`[ \t]*$", r"\1", text)
    legend = read_legend(text)
    tokens = md.parse(text)
    prose = _prose_in_code(text, tokens, legend)
    if prose != text:
        text = prose
        tokens = md.parse(text)
    lines = text.splitlines()
    found: list[Found] = []
    unplaced: list[tuple[int, str]] = []
    skipped: list[tuple[int, str, str]] = []
    headings: list[tuple[int, int, str]] = []
    sections: list[tuple[int, str]] = []  # (level, heading) of headings above
    current: Found | None = None
    current_level = 7  # a heading question's level: its answer runs to the next <= level
    answer_start: int | None = None
    numbered_levels = _numbered_heading_levels(tokens, legend)
    run_lines = _question_paragraph_runs(tokens, legend) | _announced_paragraphs(tokens)
    items_asking, items_total = _asking_items(tokens, -1, len(tokens), legend, any_level=True)
    doc_asks = items_total >= 6 and items_asking * 4 >= items_total * 3
    bare = _bare_lists(tokens, items_asking, items_total)
    bold_items = _bold_item_doc(tokens, legend)
    # "<summary> F1 score </summary>" among summaries that ask: a card named by its topic
    topic_cards = "<summary" in text and _topic_cards(text, legend)
    question_levels = _question_heading_levels(tokens, legend)
    # "#### Problem 3" over the problem's paragraph, again and again: each asks
    counted_levels = _counted_levels(tokens)
    label_levels = _label_heading_levels(tokens, counted_levels)
    # "### 题目" (question), "### Question": headings that only label what is under them
    typed_labels: set[int] = set()  # "### 1. [True/False] …" headings (ids of the questions)
    # "## A quanto equivale 1MB" over "1. [X] 1000 KB" / "1. [ ] 1024 KB": a quiz's stems
    boxed_stems = _headings_over_boxes(tokens)
    stem_questions: set[int] = set()  # (stems that end on a colon: their choices follow)
    titled_questions: set[int] = set()  # (they start at the numbered title over them)
    topic_questions: set[int] = set()  # one problem under its topic's heading
    bare_labels = sum(
        t.type == "heading_open"
        and _LABEL_HEADING.fullmatch(_normal(_heading_text(tokens[n + 1]))) is not None
        for n, t in enumerate(tokens)
    )
    # "# Densities" over one paragraph that states a problem and asks, section after
    # section: the paragraph is the question, the heading its topic
    topic_problems = _topic_problem_headings(tokens, legend)
    coding_doc = _coding_problem_doc(tokens)
    answer_bullets = _answer_bullets(tokens)
    # lists of three or more items that (nearly) all ask: with three or more of them, one
    # after a heading question's answer holds more questions (counted when first asked)
    asking_lists: list[int] = []

    def lists_asking() -> int:
        if not asking_lists:
            count = 0
            for at, token in enumerate(tokens):
                if token.type in ("bullet_list_open", "ordered_list_open") and token.level == 0:
                    asking, total = _asking_items(tokens, at, _skip(tokens, at), legend)
                    count += total >= 3 and asking * 10 >= total * 9
            asking_lists.append(count)
        return asking_lists[0]

    # "## Section: storage" over a task and its "### Solution": the task is the question
    solved = _solved_headings(tokens, legend) | _task_labelled_headings(tokens, legend)
    # "## 11." over a fence that holds only "Find latest login per user.": the fence
    # states the question (a problem set with no answers)
    fenced_prompts = _fenced_prompt_headings(tokens, legend)
    signatures = _signature_headings(tokens) if "```" in text or "~~~" in text else set()
    signature_questions: set[int] = set()  # (their questions)
    ruled_prompts = _ruled_prompt_headings(tokens, legend) if "---" in text else set()
    judged = _judged_problem_headings(tokens) if "](http" in text else {}
    challenges = {
        index: challenge_ends[token.map[0]]
        for index, token in enumerate(tokens)
        if token.type == "heading_open" and token.map and token.map[0] in challenge_ends
    }
    challenge_questions: dict[int, int] = {}  # (their questions → where each ends)
    ruled_questions: set[int] = set()  # (their questions)
    fenced_questions: set[int] = set()  # (their questions)
    puzzle_questions: set[int] = set()  # code puzzles: the code is the question
    # "./solutions" when "[How do you …?](./solutions/….md)" items link there
    answer_folders = _answer_folders(tokens, legend) if ".md)" in text else frozenset()
    # "## Design Cache" among "## Design facebook news feed", "## Design a webcrawler"
    verb_led = _verb_led_headings(tokens, legend)
    # "# 问题与简答" ("questions and short answers") over "### 魔术方法" and its answer
    qa_titled = _qa_titled_headings(tokens, legend)
    # '<h2 id="explain-arc">Explain ARC</h2>' over "<summary>Show answer</summary>": a
    # deck of cards, each heading over its folded answer
    folded_cards = _folded_answer_headings(tokens, legend) if "<summary" in text else set()
    # "#### 1." over a C program and "**Output:** 12 bytes": what does the code print
    code_puzzles = (
        _code_puzzle_headings(tokens)
        if "utput" in text or re.search(r"(?m)^[ \t]*[-*+][ \t]+A[ \t]*[:.)]", text)
        else set()
    )
    # ("## 31번 문제" over "What is the event.target …?" among such puzzles labels one)
    label_levels |= {int(tokens[index].tag[1]) for index in code_puzzles}
    # "### 1. High CPU Utilization" over "**Situation:** …", "**Task:** …", "**Action:**",
    # "**Result:**": a case told in STAR form, the heading what it is about
    star_cases = _star_case_headings(tokens, legend)
    # "## interview questions" over "### DNN and CNN" and its answer: each sub-heading a
    # question
    named_questions = _named_question_headings(tokens, legend)
    # "## Question 1", "## Answer", then "## Trade-offs": a section of that answer
    answer_sections = _answer_section_headings(tokens, legend)
    glyph_levels = _glyph_question_levels(tokens, legend)
    italic_levels = _italic_prompt_levels(tokens, legend)
    numbered_bold = _numbered_bold_lines(tokens, legend, named_in_front) | _bold_topic_lines(
        tokens, legend
    )
    lead_questions = _bold_lead_questions(tokens)
    problems = _problem_paragraphs(tokens, lines, legend)
    quizzes = _ruled_quizzes(tokens, lines)
    code_lists = _code_lists(tokens, legend)
    # the document's one level-1 heading, first of all, over a document that asks more
    # ("# What is a Statistics Interview?" above 140 questions): its title, not a question
    level_one = [
        i
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h1" and t.level == 0
    ]
    first_heading = next((i for i, t in enumerate(tokens) if t.type == "heading_open"), None)
    title_at = level_one[0] if len(level_one) == 1 and level_one[0] == first_heading else None
    asking_lines = _count_asking_lines(lines, legend) if title_at is not None else 0
    plain_lines_read = False  # a paragraph of plain lines read as a topic's questions
    solo_item: Found | None = None  # a question alone in its list, answered below it

    def allowed(kind: str) -> bool:
        return layout is None or layout == kind

    def bold_question(text: str, line: int, answer: str = "") -> Found:
        question, note = _split_source(text)
        question, difficulty = _clean(question, legend)
        asked = Found(
            question,
            line,
            "bold",
            answer=answer,
            difficulty=difficulty,
            sections=names(),
            source_note=note,
        )
        if (
            index >= 3
            and tokens[index].type == "paragraph_open"
            and (opened := tokens[index].map) is not None
            and opened[0] + 1 == line
            and tokens[index - 1].type == "heading_close"
            and (titled_by := tokens[index - 3]).map is not None
            and _BOLD_COLON_LABEL.match(lines[line - 1])
            # (the label of the question, unnumbered: "**Q1:**" numbers one of several
            # under a section's title)
            and (named := _BARE_QUESTION_LABEL.match(lines[line - 1])) is not None
            and not re.match(r"\s*\d", lines[line - 1][named.end() :])
            and _EXERCISE_TITLE.match(title := _normal(_heading_text(tokens[index - 2])).strip())
        ):
            # "### **2-01：求年龄**⭐" right over "**题目：** 有5个人坐在一起…": the
            # exercise starts at its numbered title, which names its topic (no section)
            asked.line = titled_by.map[0] + 1
            asked.topics = [_clean(_section_name(title), legend)[0]]  # (its stars go)
            if asked.sections and asked.sections[-1] == _section_name(title):
                asked.sections = asked.sections[:-1]
        return asked

    hang = 0  # the hanging indent of a `line` question's answer (see below)
    topic_labels: set[int] = set()  # heading questions that only label a topic
    problem_labels: set[int] = set()  # "#### Problem 3": the paragraphs under it ask

    def close(end: int) -> None:
        nonlocal current, answer_start, hang
        if current is not None and answer_start is not None:
            end = min(end, challenge_questions.get(id(current), end))
            raw = lines[answer_start:end]
            if id(current) in stem_questions:
                # "#### 1. … the control effort is:" over "1. Proportional to …", "2. …":
                # the choices complete the stem, part of what is asked
                top = next((n for n, row in enumerate(raw) if row.strip()), len(raw))
                bottom = top
                while bottom < len(raw) and raw[bottom].strip():
                    bottom += 1
                # (not boxes ticked right: those answer it)
                ticked = any(re.search(r"\[[xX✓✔]\]", row) for row in raw[top:bottom])
                if top < bottom and not ticked:
                    current.text = f"{current.text}\n\n" + "\n".join(raw[top:bottom])
                    raw = raw[bottom:]
            if hang:
                raw = [re.sub(rf"^ {{4,{hang}}}", "", x) for x in raw]
            labels_at = next((n for n, row in enumerate(raw) if row.strip()), None)
            if (
                current.layout == "heading"
                and labels_at is not None
                and (card_level := _card_level(raw[labels_at])) is not None
            ):
                # '<code>Junior</code> · <code>High</code>' under a card's title: its
                # level (then how often it is asked), not part of the question or answer
                current.difficulty = current.difficulty or card_level
                raw = raw[:labels_at] + raw[labels_at + 1 :]
            if (
                current.layout in ("heading", "bold")
                and not current.answer
                and id(current) not in problem_labels
                and id(current) not in topic_labels
            ):
                shown = _shown_before_answer(raw)
                if shown is not None:
                    # "###### 1. What's the output?", its code and options, then
                    # "<details><summary>Answer</summary>": all above the fold is asked
                    # ("## 1번문제", "problem number 1", names nothing: what it shows asks)
                    current.text = (
                        shown[0]
                        if not current.text.strip() or _NUMBER_ONLY.fullmatch(current.text.strip())
                        else f"{current.text}\n\n{shown[0]}"
                    )
                    raw = shown[1]
                elif _CODE_BELOW.search(current.text):
                    pointed = _pointed_to(raw)
                    if pointed is not None:
                        # "#### 8. What will be the output of the following code?" over
                        # its code: the code is asked about, what follows answers
                        current.text = f"{current.text}\n\n{pointed[0]}"
                        raw = pointed[1]
            if id(current) in signature_questions:
                # "### 02. join" over its signature and examples: the function to write,
                # as the code shows it
                current.text = f"{current.text.strip()}\n\n{tidy_answer(chr(10).join(raw))}"
                raw = []
            if id(current) in puzzle_questions:
                opened = next((n for n, row in enumerate(raw) if row.strip()), None)
                fence_mark = raw[opened].strip()[:3] if opened is not None else ""
                closed = next(
                    (
                        n
                        for n in range((opened or 0) + 1, len(raw))
                        if fence_mark and raw[n].strip().startswith(fence_mark)
                    ),
                    None,
                )
                if opened is not None and closed is not None:
                    # "#### 1." names nothing: the code shown is what is asked about
                    code = "\n".join(raw[opened : closed + 1])
                    title = current.text.strip()
                    current.text = (
                        code if not title or _NUMBER_ONLY.fullmatch(title) else f"{title}\n\n{code}"
                    )
                    raw = raw[closed + 1 :]
            if id(current) in fenced_questions:
                opened = next((n for n, row in enumerate(raw) if row.strip()), None)
                closed = next(
                    (
                        n
                        for n in range((opened or 0) + 1, len(raw))
                        if raw[n].strip().startswith(("```", "~~~"))
                    ),
                    None,
                )
                if opened is not None and closed is not None:
                    prompt = " ".join(
                        row.strip() for row in raw[opened + 1 : closed] if row.strip()
                    )
                    title = current.text.strip()
                    # (a bare "## 11." names nothing: the prompt alone is the question)
                    current.text = (
                        prompt
                        if _NUMBER_ONLY.fullmatch(title) or not title
                        else (f"{title}\n\n{prompt}")
                    )
                    raw = raw[closed + 1 :]
            raw, folded_source = _source_folds(raw)
            # ("9. **… indica que:**" over "**R//=** Estamos …": the label says it answers)
            answer_labelled = _labels_an_answer(next((row for row in raw if row.strip()), ""))
            if folded_source and not current.source_note:
                current.source_note = folded_source
            body = tidy_answer("\n".join(raw))
            level = _STATED_LEVEL.fullmatch(current.text) if current.layout == "bold" else None
            if level and not current.answer:
                # "**Question 1**: Remember - Basic" over the statement and its "- [ ] True"
                # boxes: the label gives the level, the paragraph below is the question
                first, _, rest = body.partition("\n\n")
                if first.strip() and not re.match(r"\s*(?:[-*+]\s|\d+[.)]\s|```|~~~|<|\|)", first):
                    # "**Statement**: …" in the answer key, which asks it again
                    first = re.sub(
                        r"(?i)^\s*(\*\*|__)(?:statement|question|prompt)\s*:?\1\s*:?\s*",
                        "",
                        first,
                    )
                    current.text = re.sub(r"\s*\n\s*", " ", first.strip())
                    current.difficulty = current.difficulty or _LEVEL_WORDS[level["level"].lower()]
                    body = rest.strip()
            if id(current) in problem_labels and not hang:
                parted = _lettered_parts(lines, answer_start, end, bare=True)
                if (
                    parted is not None
                    and not _ends_as_question(parted[0])
                    and (
                        sum(
                            _looks_like_question(
                                _LETTERED.sub("", lines[_part_asked_at(lines, at, last)], count=1),
                                legend,
                            )
                            for at, last in parted[1]
                        )
                        >= 2
                        # "Find the probabilities below." over "a. $P(A \mid B)$", "b. …":
                        # the scenario sets the task, each part is one to do
                        or bool(_FIND_BELOW.search(parted[0]))
                    )
                ):
                    # "## Exercise 3", a scenario, then "(a) Which …?", "(b) Predict …":
                    # each part asks, under the scenario
                    scene, spans = parted
                    for number, (part_at, last) in enumerate(spans):
                        asked_at = _part_asked_at(lines, part_at, last)
                        stop = asked_at
                        while stop < last and lines[stop].strip():
                            stop += 1
                        asked = "\n".join(x.strip() for x in lines[asked_at:stop])
                        question, difficulty = _clean(_LETTERED.sub("", asked, count=1), legend)
                        answer, hints = _split_hints(tidy_answer("\n".join(lines[stop:last])))
                        part = current if number == 0 else Found(question, part_at + 1, "heading")
                        part.text, part.line, part.context = question, part_at + 1, scene
                        part.difficulty = difficulty or current.difficulty
                        part.sections, part.topics = list(current.sections), list(current.topics)
                        part.answer, part.hints, part.end = answer, hints, last
                        if number:
                            found.append(part)
                    current = None
                    return
            if id(current) in problem_labels:
                # "#### Problem 3" over the problem: every paragraph before "#### Solution"
                # states it (the last may not ask: "Find the lowest floor …"), else the first
                ruled = (
                    (_at_rule(raw) or (tidy_answer("\n".join(raw)), ""))
                    if id(current) in ruled_questions
                    else None
                )
                labelled = (ruled if ruled and ruled[0] else None) or _at_answer_heading(body)
                # ("**Question**", the problem, its code, then "**Answer**": all above
                # the label states it)
                by_label = _at_answer_label(body) if labelled is None else None
                statements = False  # the question goes on in statements under it
                kept_fields: list[str] = []
                if _BARE_QUESTION_LABEL.fullmatch(body.split("\n\n", 1)[0]):
                    body = body.partition("\n\n")[2]  # "**Question:**" over the question
                elif _BARE_QUESTION_LABEL.fullmatch(body.split("\n", 1)[0]):
                    body = body.partition("\n")[2]  # "**Problem Statement:**  ↵ Three …"
                fields = _field_lines(body)
                while fields and labelled is None:
                    # "**Source: Chapter 1 - Introduction**" over the problem: where it is
                    # from (another field stays in the answer, after the problem); one
                    # field a line ("**Question Type:** Multiple Choice" / "**Topic:** …")
                    body = body.partition("\n\n")[2]
                    others: list[str] = []
                    for field in fields:
                        if re.match(r"(?i)source|from|reference", field.group(1)):
                            value = field.group(2) or field.group(3) or ""
                            current.source_note = current.source_note or value.strip()
                        else:
                            others.append(field.group(0).strip())
                    if others:
                        kept_fields.append("\n".join(others))
                    fields = _field_lines(body)
                # "### Context" over the task's setting, "### Task" over what to do, then
                # the folded solution: the headed parts state it (read where it is written,
                # up to the fold)
                headed = (
                    _headed_statement("\n".join(raw))
                    if _headed_statement(body) is not None
                    else None
                )
                if headed is not None:
                    stated, body = tidy_answer(headed[0]), tidy_answer(headed[1])
                    statements = True
                elif labelled is not None:
                    stated, body = labelled
                    # (a task over its rule keeps its lists and paragraphs as written)
                    statements = labelled is ruled
                elif by_label is not None:
                    stated, body = by_label
                    answer_labelled = True
                    if _BARE_QUESTION_LABEL.fullmatch(stated.split("\n\n", 1)[0]):
                        stated = stated.partition("\n\n")[2]
                    elif _BARE_QUESTION_LABEL.fullmatch(stated.split("\n", 1)[0]):
                        stated = stated.partition("\n")[2]  # "**Question**  ↵ What …"
                    statements = True
                else:
                    stated, _, body = body.partition("\n\n")
                    following, _, rest = body.partition("\n\n")
                    if (
                        id(current) in topic_questions
                        and not _asks(stated)
                        and following.strip()
                        and _asks(following)
                    ):
                        # "Let P(x) be a polynomial …" then "Prove that …": set up, then
                        # asked, the two paragraphs under its topic
                        stated, body = f"{stated}\n\n{following}", rest
                    kept_as_written = False
                    if id(current) in topic_questions and stated.lstrip().startswith(">"):
                        # the problem stated in a quote: its words, without the quote's marks
                        stated = re.sub(r"(?m)^[ \t]*>[ \t]?", "", stated).strip()
                        kept_as_written = True
                    while id(current) in topic_questions:
                        # "EXAMPLE:" / "Input: …" under the statement state it too;
                        # "FOLLOW UP: …" asks more of it
                        following, _, rest = body.partition("\n\n")
                        opening = following.lstrip(" \t*_")
                        if _STATEMENT_PART.match(opening):
                            stated, body = f"{stated}\n\n{following}", rest
                            kept_as_written = True  # (the example's lines as set)
                        elif (further := _FOLLOW_UP_PART.match(opening)) is not None:
                            current.follow_ups.append(opening[further.end() :].strip(" *_"))
                            body = rest
                        else:
                            break
                    if id(current) in topic_questions and (
                        asked_more := re.search(r"(?m)^[ \t]*" + _FOLLOW_UP_PART.pattern, stated)
                    ):
                        # "Write code to …  ↵ FOLLOW UP - How would you …?" in one paragraph
                        current.follow_ups.insert(0, stated[asked_more.end() :].strip(" *_"))
                        stated = stated[: asked_more.start()].rstrip()
                    fenced = re.match(r"[ \t]*(```|~~~)", stated)
                    if fenced and len(re.findall(rf"(?m)^[ \t]*{fenced.group(1)}", stated)) == 1:
                        # (a blank line inside the fence does not end it)
                        closing = re.search(rf"(?m)^[ \t]*{fenced.group(1)}[ \t]*$", body)
                        if closing is not None:
                            stated = f"{stated}\n\n{body[: closing.end()]}"
                            body = body[closing.end() :]
                    # ("**문제**:" over the problem set in a fence: kept as it is set)
                    statements = kept_as_written or _WHOLE_FENCE.fullmatch(stated) is not None
                    if not statements and re.search(
                        r"(?m)\A[^\n]*[^\s:：][^\n]*\n"
                        r"(?:[ \t]*[-*+][ \t]+\[[ xX]\][^\n]*(?:\n|\Z)){2,}\Z",
                        stated,
                    ):
                        # "What is a transformer model?" over "- [x] A deep learning model …"
                        # and "- [ ] …" with no blank line: its choices, each on its line,
                        # set apart from the stem as lettered choices are
                        stated = stated.replace("\n", "\n\n", 1)
                        statements = True
                    listed = re.search(
                        r"(?im)^[ \t]*[-*+][ \t]+(?:\*\*|__)?(?:answer|reason|explanation)\b",
                        stated,
                    )
                    if listed and listed.start() > 0 and id(current) in typed_labels:
                        # "Paxos and Raft solve …" with "- **Answer:** True" on the next
                        # line: the list under the statement answers it
                        stated, body = (
                            stated[: listed.start()],
                            f"{stated[listed.start() :]}\n\n{body}".strip(),
                        )
                    fence = re.search(r"(?m)^[ \t]*(?:```|~~~)", stated)
                    if fence and fence.start() > 0 and _fenced_choices(stated[fence.start() :]):
                        # "Namnge den komponent …" over a fence of "(A) CPU" to "(D) …":
                        # the choices, set in code, are the question's (out of the fence)
                        stated = stated[: fence.start()] + "\n".join(
                            row
                            for row in stated[fence.start() :].strip().split("\n")[1:-1]
                            if row.strip()
                        )
                    elif fence and fence.start() > 0:
                        # the statement, then its answer in code right under it
                        stated, body = (
                            stated[: fence.start()],
                            f"{stated[fence.start() :]}\n\n{body}",
                        )
                    # "Analise as afirmativas abaixo …:" goes on in the paragraphs under
                    # it ("I - …", "II - …"), up to code or a label that answers
                    parts = [stated]
                    while stated.rstrip().endswith((":", "：")) and body.strip():
                        following, _, rest = body.strip().partition("\n\n")
                        formula = re.fullmatch(
                            r"\s*\$[^\n]*\$\s*|\s*\$\$.*\$\$\s*", following, re.DOTALL
                        ) or _DISPLAY_MATH.fullmatch(following)
                        # ("Find the eigenvalues of:" over "$A = \begin{bmatrix} … $": the
                        # formula it asks about)
                        if (
                            not (_STATEMENT.match(following) or formula)
                            or (len(parts) == 1 and following == parts[-1])
                            or _is_hint(following)  # ("Hint: Provide only the number.")
                        ):
                            break
                        parts.append(following)
                        body = rest
                        if len(parts) > 8:
                            break
                    if len(parts) > 1:
                        stated = "\n\n".join(part.strip() for part in parts)
                        statements = True
                    if (
                        _ANSWER_HOW.fullmatch(stated.strip())
                        and body.strip()
                        and not re.match(r"\s*(?:[-*+>|#]|\d{1,3}[.)]|```|~~~)", body.strip())
                    ):
                        # "Select the answer that correctly completes the sentence." over the
                        # sentence ("… is called [answer choice]."): both are the question
                        following, _, body = body.strip().partition("\n\n")
                        stated = f"{stated.strip()}\n\n{following.strip()}"
                        statements = True
                    elif not _asks_somewhere(stated, legend) and not _WHOLE_ITALIC.fullmatch(
                        stated
                    ):
                        # "We have a random sample …" then the estimators, then "Check if
                        # both are unbiased. Which is better?": it asks further down
                        chunks = _chunks(body)[:6]
                        asking = [
                            n
                            for n, c in enumerate(chunks)
                            # a plain paragraph, not a list of working ("* **Procedimiento:**")
                            if not re.match(r"\s*(?:[-*+>]|\d{1,3}[.)])\s", c)
                            # (not a hint: "Hint: Provide only the number." tells how)
                            and not _is_hint(c)
                            and _asks_somewhere(c, legend)
                        ]
                        if (
                            asking
                            and not any(
                                _HINT.match(c)
                                or _ANSWER_LEAD.match(c)
                                # not across a heading or a paragraph of fields
                                or re.match(r"\s*(?:#{1,6}\s|(\*\*|__)[^*_\n]{1,30}:)", c)
                                for c in [stated, *chunks[: asking[0]]]
                            )
                        ):
                            last = asking[0]
                            while (
                                last + 1 < len(chunks)
                                and _asks_somewhere(chunks[last + 1], legend)
                                and not _HINT.match(chunks[last + 1])
                                and not _ANSWER_LEAD.match(chunks[last + 1])
                            ):
                                last += 1  # "Justify the answer." asks on
                            stated = "\n\n".join([stated.strip(), *chunks[: last + 1]])
                            body = "\n\n".join(chunks[last + 1 :] + _chunks(body)[6:])
                            statements = True
                first_below = body.strip().split("\n\n", 1)[0]
                rows = [r for r in first_below.split("\n") if r.strip()]
                if (
                    len(rows) >= 2
                    and labelled is None
                    and by_label is None  # (under "**Answer**", they answer parts)
                    # ("- **A)** ISO 27001": the letter may be bold)
                    and all(_LETTERED_OPTION.match(re.sub(r"\*\*|__", "", r)) for r in rows)
                    and _asks_somewhere(stated, legend)
                ):
                    # "Which framework BEST meets these requirements?" over "- **A)** …":
                    # the choices are part of what is asked
                    stated = f"{stated.strip()}\n\n{first_below.strip()}"
                    body = tidy_answer(body.strip()[len(first_below) :])
                    statements = True
                elif (
                    2 <= len(rows) <= 8
                    and labelled is None
                    and by_label is None
                    and (
                        all(re.match(r"\s*\d{1,2}[.)]\s+\S", r) for r in rows)
                        # "- Accuracy" / "- Recall" / … over its (folded) answer: choices
                        or all(re.match(r"\s*[-*+]\s+\S", r) for r in rows)
                    )
                    and _ends_as_question(stated)
                    and (
                        _ANSWER_STATED.match(body.strip()[len(first_below) :].strip())
                        or re.match(r"(?i)\s*<details\b", body.strip()[len(first_below) :])
                    )
                ):
                    # "Which is correct?" over "1. The code compiles …", "2. …", then "> The
                    # answer is 1.": numbered choices, and the answer that picks one
                    stated = f"{stated.strip()}\n\n{first_below.strip()}"
                    body = tidy_answer(body.strip()[len(first_below) :])
                    statements = True
                if "\n" in stated.strip() and _BARE_QUESTION_LABEL.fullmatch(
                    stated.strip().split("\n", 1)[0]
                ):
                    # "**Problem Statement:**" and the problem on the lines under it
                    stated = stated.strip().partition("\n")[2]
                leading = _field_lines(stated)
                if leading and stated.partition("\n\n")[2].strip():
                    # "**Thema:** BPE 5.1" over the task, its answer in code under it:
                    # the field goes with the answer, as it does over a plain answer
                    kept_fields.append("\n".join(m.group(0).strip() for m in leading))
                    stated = stated.partition("\n\n")[2]
                italic = _WHOLE_ITALIC.fullmatch(stated)
                if italic and italic.group(1) not in ("**", "__"):
                    # "_**Assignment 0**: Each one of the datasets … Motivate …_."
                    stated = _BOLD_COLON_LABEL.sub("", italic.group(2), count=1)
                if stated and len(stated) < 2000 and statements:
                    current.text = stated.strip()
                    body = body.strip()
                elif stated and len(stated) < 2000:
                    rows = [row.strip() for row in stated.splitlines() if row.strip()]
                    options = [row for row in rows if _OPTION.match(row)]
                    # ("- [ ] A. 3 replicas …": a box before the letter)
                    bulleted = [
                        row
                        for row in rows
                        if _BULLETED_OPTION.match(re.sub(r"^(\s*[-*+]\s+)\[[ xX]\]\s+", r"\1", row))
                    ]
                    if len(options) >= 2:
                        # "Overfitting là gì?" over "A. …" / "B. …": the options are
                        # part of the question, a paragraph each
                        asked = " ".join(row for row in rows if not _OPTION.match(row))
                        if asked.strip():
                            current.text = "\n\n".join([asked, *options])
                    elif len(bulleted) >= 2:
                        # "What are the core components …?" over "- A) …" / "- B) …": a
                        # list of options under it
                        asked = " ".join(row for row in rows if row not in bulleted)
                        if asked.strip():
                            current.text = "\n".join([asked, "", *bulleted])
                        # (choices with no stem above them leave the heading's text: a
                        # question is never only its choices)
                    elif labelled is not None and re.search(r"\n\s*\n\s*(?:```|~~~)", stated):
                        # paragraphs and code over "### Solution" (the context to set, its
                        # command, the task): each stays apart, without rules between them
                        current.text = "\n\n".join(
                            " ".join(row.strip() for row in paragraph.splitlines())
                            for paragraph in re.split(r"\n\s*\n", stated.strip())
                            if paragraph.strip()
                            and not re.fullmatch(r"(?:[-*_][ \t]*){3,}", paragraph.strip())
                        )
                    else:
                        current.text = " ".join(rows)
                        # "**Kafka guarantees exactly-once delivery.**": the bold goes
                        whole = re.fullmatch(r"(\*\*|__)([^*_\n][^\n]*?)\1", current.text.strip())
                        if whole is not None:
                            current.text = whole.group(2).strip()
                    body = body.strip()
                if kept_fields:
                    body = "\n\n".join([*kept_fields, body]).strip()
            elif id(current) in topic_labels:
                first, _, rest = body.partition("\n\n")
                heading_at = re.search(r"(?m)^[ \t]{0,3}#{1,6}[ \t]", first)
                if heading_at is not None and heading_at.start() > 0:
                    # a picture right over "##### Ans: …": the heading ends the paragraph
                    first, rest = (
                        first[: heading_at.start()],
                        f"{first[heading_at.start() :]}\n\n{rest}",
                    )
                # "**Interviewer:** "Design a RAG system …"": the label and quotes go
                # (a label has its colon: "**What is a Sensor?**" is the question)
                first = _BOLD_COLON_LABEL.sub("", first, count=1)
                # "**Q: "What would you do …?"**": so do the bold and the "Q:"
                whole = re.fullmatch(r"\s*(\*\*|__)([^\n]+)\1\s*", first)
                if whole and "\n" not in first.strip():
                    first = whole.group(2)
                first = re.sub(r"(?i)^\s*(?:q|question)\s*\d*\s*[:.)]\s*", "", first)
                italic = _WHOLE_ITALIC.fullmatch(first)
                if italic:  # "*Describe the null hypothesis …*"
                    first = italic.group(2)
                first = first.strip().strip('"“”')
                options_below = [row for row in rest.strip().split("\n\n", 1)[0].split("\n") if row]
                # a bare "Question" label over a stem ending in ":" and its options (a
                # heading that says more, "Questão 1: Sobre …:", asks itself)
                stem_over_options = (
                    _bare_label(current.text)
                    and first.rstrip().endswith((":", "："))
                    and sum(
                        bool(_LETTERED_OPTION.match(r) or _BOX_OPTION.match(r))
                        for r in options_below
                    )
                    >= 2
                    and all(
                        _LETTERED_OPTION.match(r) or _BOX_OPTION.match(r) or r[:1].isspace()
                        for r in options_below
                    )
                )
                asks_here = _ends_as_question(first.strip()) or _asks(first)
                # "### 题目" (question) over "GitHub Actions 可以缓存 node_modules。", a
                # statement to judge, where three or more such labels head the questions
                stated_under_label = (
                    bare_labels >= 3
                    and _LABEL_HEADING.fullmatch(_normal(current.text)) is not None
                    and bool(first.strip())
                    and not re.match(r"\s*(?:[-*+]\s|\d+[.)]\s|<|\|)", first)
                )
                if (
                    (asks_here or stem_over_options or stated_under_label)
                    and len(first) < 1200
                    # not "**Code(90%)**" over its fence: the answer's code
                    and not re.search(r"(?m)^\s*(?:```|~~~)", first)
                    # nor a picture ("![](…/shot.png?expiry=…)": its address asks nothing)
                    and not re.fullmatch(r"\s*!\[[^\]\n]*\]\([^)\n]*\)\s*", first)
                ):
                    # the paragraph that asks ("Design a RAG system that …"), joined up
                    current.text = _joined_up(first)
                    body = tidy_answer(rest)  # its "**Your Answer:**" label goes too
                    labelled = _at_answer_heading(body)
                    if labelled is not None and not labelled[0]:
                        body = labelled[1]  # "#### Solution" under it: a label
            if current.layout == "heading":
                titled = current.text
                body = _question_subsections(current, body)
                labelled = _at_answer_heading(body) if current.text != titled else None
                if labelled is not None and not labelled[0]:
                    body = labelled[1]  # "### Solution" under "### Problem": a label
                if (
                    current.text != titled
                    and id(current) not in titled_questions
                    and _NUMBERED_TITLE.match(lines[current.line - 1].lstrip("# "))
                    and not current.text.startswith(titled)
                ):
                    # "## 🔹 **2. Validate a password**" over "### **Question**" and the
                    # task: the numbered title starts the question and names its topic
                    current.topics = current.topics or [_section_name(titled)]
                elif current.text != titled and id(current) not in titled_questions:
                    # the question is where it is asked, under "### Interview Question"
                    probe = current.text[:40]
                    titled_at = current.line
                    current.line = next(
                        (n + 1 for n in range(current.line, end) if probe in lines[n]),
                        current.line,
                    )
                    if current.line != titled_at:
                        skipped.append((titled_at, titled, "the title of the question below it"))
            if not current.answer:
                if not answer_labelled:  # (under "**Answer**", lettered lines answer parts)
                    body = _box_options(current, body)
                if current.layout == "list" and not answer_labelled and not current.card:
                    current.text, body = _continue_question(current, body)
                current.answer, hints = _split_hints(body)
                current.hints.extend(hints)
                asked_on = [
                    _FOLLOW_UP_BULLET.match(row)
                    for row in current.answer.split("\n")
                    if row.strip()
                ]
                if asked_on and all(asked_on):
                    # "- Follow-up: What information did you wish you had?" under the
                    # question, each one: what the interviewer asks next, not its answer
                    current.follow_ups.extend(m.group(1).strip() for m in asked_on if m)
                    current.answer = ""
                if (
                    current.layout == "bold"
                    and current.answer
                    and _LABELLED_PROBLEM.match(lines[current.line - 1])
                    and _states_the_problem(current.text, current.answer)
                ):
                    # "**Problem:** Sessionization in Web Logs" over "- Users generate
                    # events …" and "- Output: …": the points state the problem
                    current.text = f"{current.text}\n\n{current.answer}"
                    current.answer = ""
            elif body:
                # the answer began inside the item ("3. Why …?" and, on the next line,
                # its first paragraph) and goes on after the list: all of it is the answer
                more, hints = _split_hints(body)
                current.answer = f"{current.answer}\n\n{more}".strip()
                current.hints.extend(hints)
            current.end = max(current.line, end)
        current = None
        answer_start = None
        hang = 0

    def names() -> list[str]:
        return [h for _, h in sections]

    # "**Part 1: General Interview Tips**": a bold line titling advice, up to the next
    # heading or bold title (its line, the line it ends at, its name)
    bold_meta: list[tuple[int, int, str]] = []
    open_meta: tuple[int, str] | None = None

    pending: int | None = None  # a one-item numbered list whose question comes below it
    solo: Found | None = None  # a question alone in its paragraph, answered below it
    current_number: int | None = None  # the number of the open heading question
    # (line, level) of a heading that only numbers what follows ("### Q1" over its code)
    numbered_label: tuple[int, int] | None = None
    current_lettered = False  # whether a letter leads that number ("Q2:")
    current_label: tuple[str, int] | None = None  # its label ("Exercice 4": exercice, 4)
    next_number: int | None = None  # the number after the last numbered list of questions
    whole_before = False  # every item of that list was a question
    # that list's last question, the token after the list and its last line
    listed_last: tuple[Found, int, int] | None = None
    # the lines of "**Question N: …**" labels, in order
    labelled_bold = [
        number
        for number, row in enumerate(lines, start=1)
        if row.lstrip()[:2] in ("**", "__") and _LABELLED_BOLD_QUESTION.match(row)
    ]
    ruled = False  # a `---` rule since the last heading question began
    label_blocks = False  # "RAG：" over lines that ask, read as questions already
    # where a "<details" opens after one closes, in one HTML block (token index: offset)
    details_from: dict[int, int] = {}
    folds = _details_spans(lines) if "<details" in text else []
    html_seen: dict[int, tuple[str, list[int]]] = {}

    def html_rows(at: int) -> tuple[str, list[int]]:
        """An HTML block's text in lower case and where its line breaks are (once)."""
        if at not in html_seen:
            lowered = tokens[at].content.lower()
            html_seen[at] = (lowered, [n for n, c in enumerate(lowered) if c == "\n"])
        return html_seen[at]

    def html_breaks(at: int) -> bool:
        """Whether an HTML block only breaks lines ("<br>"), folding nothing away."""
        lowered = html_rows(at)[0]
        return "<br" in lowered and "<details" not in lowered

    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.level != 0 or token.map is None:
            index += 1
            continue
        start, end = token.map
        if token.type not in ("paragraph_open", "bullet_list_open", "ordered_list_open"):
            pending = None
        if (
            token.type == "heading_open"
            and current is not None
            and answer_start is not None
            and (folded_at := _folded_at(folds, start)) is not None
            and current.line <= folded_at
            # (not "#### Question 1: What is the Kleene closure?" in a fold of its own,
            # "<summary>Lecture 2</summary>": the questions of that part)
            and not (
                _kind(_heading_text(tokens[index + 1]), legend) == "mark"
                and _fold_names_a_part(lines, folded_at)
            )
        ):
            # "<details><summary>查看答案</summary>" under the question, then "### ✅ 正确答案"
            # and "#### 1. 智能缓存" inside it: headings of the answer folded away
            index = _skip(tokens, index)
            continue
        if token.type == "heading_open":
            if open_meta is not None:
                bold_meta.append((open_meta[0], start, open_meta[1]))
                open_meta = None
            level = int(token.tag[1])
            heading = _heading_text(tokens[index + 1])
            if (
                current is not None
                and answer_start is not None
                and _ANSWER_HEADING.fullmatch(_normal(heading))
            ):
                # "## Q1: …?" then "## A1:" over the answer: a label, not a section
                if not any(x.strip() for x in lines[answer_start:start]):
                    answer_start = end
                index = _skip(tokens, index)
                continue
            if (
                current is not None
                and current.layout == "heading"
                and level > current_level
                and _QUIZ_HEADING.fullmatch(_normal(heading))
            ):
                # "##### Pon a prueba" (test yourself) after the answer of "## ¿Qué es
                # React?": the answer ends, and the quiz's questions are questions
                close(start)
                while sections and sections[-1][0] >= level:
                    sections.pop()
                sections.append((level, _section_name(heading)))
                headings.append((start + 1, level, _section_name(heading)))
                index = _skip(tokens, index)
                continue
            numbered_next = _heading_number(_normal(heading))
            label_goes_on = False
            if (
                current is not None
                and current.layout == "heading"
                and level > current_level
                and (id(current) in topic_labels or id(current) in problem_labels)
                and answer_start is not None
                and (
                    (
                        not "".join(lines[answer_start:start]).strip()
                        and level in label_levels
                        and _labels_a_problem(heading, tokens, index)
                    )
                    # "# Q1: Introduction to NLP (4 Marks)", a rule, then "### Question 1a:
                    # Applications (2 marks)" over what it asks: the first question's parts
                    or (
                        all(
                            not row.strip() or re.fullmatch(r"\s*(?:[-*_]\s*){3,}", row)
                            for row in lines[answer_start:start]
                        )
                        and (part := _LETTERED_PART_LABEL.match(_normal(heading))) is not None
                        and (whole := _LETTERED_PART_LABEL.match(lines[current.line - 1]))
                        is not None
                        and not whole.group(2)
                        and whole.group(1) == part.group(1)
                        and bool(part.group(2))
                    )
                )
            ):
                # "## Question 1: Theory" right over "### Part A: Types of errors" and the
                # part's question: the parts are the questions, the label their title
                found.remove(current)
                skipped.append((current.line, current.text, "the title of the parts below it"))
                sections.append((current_level, current.text))
                current, answer_start, current_level = None, None, 7
            if (
                current is not None
                and current.layout == "heading"
                and level > current_level
                and (
                    _ANSWER_PART.fullmatch(_section_name(heading))
                    or (
                        not (
                            (
                                (
                                    (ruled or _QUESTION_START.match(_normal(heading)))
                                    # "# Q32. Why …?", a rule, then "## 🔬 Why can simpler
                                    # matter?": under a question numbered like its siblings,
                                    # an unnumbered heading that asks is part of its answer
                                    and not (
                                        current_number is not None
                                        and numbered_next is None
                                        and any(lv == current_level for lv, _ in numbered_levels)
                                    )
                                )
                                # "## 10. …?" then "### **11. What are …?**": the next one
                                or (
                                    numbered_next is not None
                                    and current_number is not None
                                    and 1 <= int(numbered_next.group(1)) - current_number <= 2
                                )
                                # "## Is `int` always 4 bytes?" right over "### Answer": a
                                # question of its own, answered as the one above it is
                                or _answer_heading_below(tokens, index, level)
                                # "### 1. What is CIL?" then "#### 1.1. How can a C# class
                                # derive from an F# class?": a numbered part asks on its own
                                or (
                                    current_number is not None
                                    and (part := _PART_NUMBER.match(_normal(heading).lstrip("*_ ")))
                                    is not None
                                    and int(re.split(r"[-.]", part.group(0).strip())[0])
                                    == current_number
                                )
                            )
                            and _looks_like_question(heading, legend)
                        )
                        # "## Exercice 4" and its answer, then "### Exercice 5": the next
                        # label in the count, a level too deep, labels the next problem
                        and not (
                            label_goes_on := (
                                id(current) in problem_labels
                                and current_label is not None
                                and (deeper := _labelled_number(heading)) is not None
                                and deeper[0] in (current_label[0], "")
                                and deeper[1] == current_label[1] + 1
                                and _labels_a_problem(heading, tokens, index)
                            )
                        )
                    )
                )
            ):
                # a sub-heading of the answer ("#### Hints", "#### What the Interviewer
                # is Looking For" always are); but a deeper heading that asks, after a
                # `---` rule or numbered as a question ("QX) …"), is the next question
                index = _skip(tokens, index)
                continue
            number = _heading_number(_normal(heading))
            if (
                current is not None
                and current.layout == "heading"
                and level == current_level
                and number is not None
                and current_number is not None
                and _q_numbered(number) == current_lettered
                and int(number.group(1)) < current_number
                and _kind(heading, legend) is None
            ):
                # "### 10. What is normalization?" then "### 1. **First Normal Form**",
                # "### 2. …" and, later, "### 11. …": numbered parts of its answer
                index = _skip(tokens, index)
                continue
            follow_up = re.match(r"(?i)^\s*follow[- ]?ups?\s*[:\-–—]\s*(\S.*)$", _normal(heading))
            if follow_up and current is not None and current.layout == "heading":
                # "Follow up: what would …?" under a question: its follow-up
                current.follow_ups.append(follow_up.group(1).strip())
                if answer_start is not None:  # the answer so far ends above it
                    body, hints = _split_hints(tidy_answer("\n".join(lines[answer_start:start])))
                    current.answer = f"{current.answer}\n\n{body}".strip()
                    current.hints.extend(hints)
                    answer_start = end
                index = _skip(tokens, index)
                continue
            if (
                current is not None
                and current.layout == "bold"
                and answer_start is not None
                and _LABELLED_BOLD_QUESTION.match(lines[current.line - 1])
                and bisect.bisect_right(labelled_bold, start + 1) < len(labelled_bold)
                and not _looks_like_question(heading, legend)
                # (not a heading beside the one the question is under: "### Assessment
                # Questions" over "**Question 4:** …", then "### Activities")
                and not (sections and level <= sections[-1][0])
            ):
                # "**Question 1: Can you explain …?**" over "### **Weak References**" and
                # its points, then "**Question 2: …**": the headings part the answer
                index = _skip(tokens, index)
                continue
            if current is not None and current.layout == "heading" and index in answer_sections:
                index = _skip(tokens, index)
                continue
            if (
                current is not None
                and id(current) in problem_labels
                and level == current_level
                and level in label_levels
                and _heading_number(_normal(heading)) is None
                and not _PROBLEM_LABEL.match(_normal(heading).strip())
                and _ANSWER_PART_HEADING.match(_normal(heading).strip(" *_"))
                and not _labels_a_problem(heading, tokens, index)
                and not _looks_like_question(heading, legend)
            ):
                # "### Puzzle 1 : 3 Ants …", its statement, then "### Probability
                # Calculations" and "### ✅ Solution:" at its level: parts of its answer,
                # up to the next "### Puzzle 2"
                index = _skip(tokens, index)
                continue
            if (
                current is not None
                and current.layout in ("bold", "line")
                and answer_start is not None
                and not "".join(lines[answer_start:start]).strip()
                and re.search(r"[:：]\s*$", _normal(heading))
                and not _looks_like_question(heading, legend)
            ):
                # "**Question 1** … How would you resolve it?" right over "### Steps to
                # Resolve a Merge Conflict:": the heading opens its answer
                index = _skip(tokens, index)
                continue
            close(start)
            ruled = False
            is_title = (
                index == title_at and asking_lines >= 3 and _kind(heading, legend) is not None
            ) or _level_heading(heading, legend) is not None
            if is_title and index == title_at:
                skipped.append((start + 1, heading, "the document's title"))
            numbered = (
                number is not None
                and (level, _q_numbered(number)) in numbered_levels
                # ("## 📌 5. VPC Related Questions": a section of the questions below it)
                and not _LIST_TITLE.fullmatch(
                    re.sub(r"^[^\w]*\d{1,4}\s*[.):\-–—。、]\s*", "", _normal(heading)).strip(
                        " *_:."
                    )
                )
            )
            titles_list = False
            if (
                allowed("heading")
                and not _META_SECTION.match(_normal(heading))
                and not _CONTENTS_HEADING.match(_normal(heading))
                # ("### GIT Interview questions?": the name of the list, asking nothing)
                and not _names_the_list(heading)
                and not is_title
                and not (titles_list := _titles_questions_below(tokens, index, legend))
                and _skip(tokens, index) not in code_lists
                and not _marked_over_questions(tokens, index, legend)
                and (
                    numbered
                    or _kind(heading, legend) == "mark"
                    or _heading_asks(heading, legend)
                    or (
                        level in question_levels and _compares(heading) and _has_body(tokens, index)
                    )
                    or (
                        level in label_levels
                        and _labels_a_problem(heading, tokens, index, counted=counted_levels)
                    )
                    or label_goes_on
                    or index in boxed_stems
                    or index in topic_problems
                    or index in solved
                    or index in fenced_prompts
                    or index in signatures
                    or index in ruled_prompts
                    or index in challenges
                    or index in judged
                    or index in verb_led
                    or index in folded_cards
                    or index in qa_titled
                    or index in code_puzzles
                    or index in star_cases
                    or index in named_questions
                    # "## 1) Null Hypothesis" over "*Describe the null hypothesis …*": the
                    # prompt in italics, then the answer in plain text
                    or (
                        level in italic_levels and _italic_prompt(tokens, index, legend) is not None
                    )
                    # "## Question" over the question's paragraph (and "## Answer" below)
                    or (
                        _LABEL_HEADING.fullmatch(_normal(heading))
                        and index + 3 < len(tokens)
                        and tokens[_skip(tokens, index)].type == "paragraph_open"
                    )
                    or (
                        level in glyph_levels
                        and (glyph := _LEAD_SYMBOLS.match(_normal(heading))) is not None
                        and glyph.group(0).strip() == glyph_levels[level]
                        and len(_normal(heading)) <= 80
                        and _has_body(tokens, index)
                    )
                )
            ):
                question, note = _split_source(heading)
                if index in judged:
                    # "### →[Revising the Select Query I](https://www.hackerrank.com/…)":
                    # the problem's name; its page is where it comes from
                    question, note = judged[index][0], judged[index][1]
                question, difficulty = _clean(question, legend)
                quoted = _QUOTED_PROMPT.fullmatch(question)
                if quoted:
                    question = quoted.group(1).strip()
                while sections and sections[-1][0] >= level:
                    sections.pop()  # a section at its level or deeper has ended
                current = Found(
                    question,
                    start + 1,
                    "heading",
                    difficulty=difficulty,
                    sections=names(),
                    source_note=note,
                )
                found.append(current)
                current_level = level
                answer_start = end
                if index in boxed_stems and heading.rstrip(" *_").endswith((":", "：")):
                    stem_questions.add(id(current))
                if (
                    _LABEL_HEADING.fullmatch(_normal(heading))
                    and index >= 3
                    and tokens[index - 1].type == "heading_close"
                    and int(tokens[index - 1].tag[1]) < level
                    and (titled_by := tokens[index - 3]).map is not None
                    # (a numbered title: not "#### :star: Advanced", a section)
                    and _NUMBERED_TITLE.match(_normal(_heading_text(tokens[index - 2])))
                ):
                    # "## 🔹 **2. Validate a password**" right over "### **Question**" and
                    # the task: the question starts at the title, which names its topic
                    title = _normal(_heading_text(tokens[index - 2])).strip()
                    current.line = titled_by.map[0] + 1
                    current.topics = [_section_name(title)]
                    titled_questions.add(id(current))
                    if current.sections and current.sections[-1] == title:
                        current.sections = current.sections[:-1]
                if numbered_label is not None and numbered_label[1] < level:
                    shown = _dedent("\n".join(lines[numbered_label[0] + 1 : start])).strip()
                    if shown:
                        # "### Q1" over its code, then "#### ❓ Output?": the prompt asks
                        # about what the numbered label shows, and starts where it does
                        current.text = f"{question}\n\n{shown}"
                        current.line = numbered_label[0] + 1
                numbered_label = None
                # "#### 18. …?" then a plain "20. …?": the numbering goes on in a list
                next_number = int(number.group(1)) + 1 if number else None
                # "### Q2: …?" then "### 1. Value": another numbering, not parts of it
                current_number = int(number.group(1)) if number else None
                current_lettered = number is not None and _q_numbered(number)
                current_label = _labelled_number(heading)
                unbold = re.sub(r"^[\s*_]+", "", _normal(heading))
                titled = _QUESTION_START.match(unbold)
                if index in fenced_prompts:
                    fenced_questions.add(id(current))
                elif index in signatures:
                    signature_questions.add(id(current))
                elif index in ruled_prompts:
                    # "#### Hilfe holen" over the task, "---", then its solution: the
                    # heading names the exercise
                    problem_labels.add(id(current))
                    ruled_questions.add(id(current))
                    current.topics = [question]
                elif index in challenges:
                    # "> ## Extent of Slicing" over the task and, from the rule, its
                    # solution, to the end of the quote
                    problem_labels.add(id(current))
                    ruled_questions.add(id(current))
                    current.topics = [question]
                    challenge_questions[id(current)] = challenges[index]
                elif index in code_puzzles:
                    puzzle_questions.add(id(current))
                elif label_goes_on or (
                    level in label_levels
                    and _labels_a_problem(heading, tokens, index, counted=counted_levels)
                ):
                    problem_labels.add(id(current))
                elif index in solved:
                    problem_labels.add(id(current))
                    current.topics = [_section_name(question)]
                elif index in topic_problems:
                    problem_labels.add(id(current))
                    topic_questions.add(id(current))
                    current.topics = [question]
                    paragraph = tokens[_skip(tokens, index)].map
                    current.line = paragraph[0] + 1 if paragraph else current.line
                elif _KIND_HEADING.fullmatch(unbold):
                    problem_labels.add(id(current))
                elif (typed := _TYPED_QUESTION.match(unbold)) is not None and _kind(
                    unbold[typed.end() :], legend
                ) is None:
                    # "### 1. [True/False] Single Source" over "Paxos and Raft solve the same
                    # problem.": the kind of question and its title; what is under it asks
                    problem_labels.add(id(current))
                    typed_labels.add(id(current))
                    current.topics = [unbold[typed.end() :].strip(" *_:")]
                elif titled and _kind(unbold[titled.end() - 1 :], legend) is None:
                    # "### Scenario 1: Resource Constraints" over "**Q: "What would you …?"**":
                    # a title; the question is under it
                    topic_labels.add(id(current))
                elif _kind(question, legend) is None:
                    # "### Question: Containerization" labels a topic; the paragraph under
                    # it asks ("What is containerization, and …?"): that is the question
                    topic_labels.add(id(current))
            else:
                while sections and sections[-1][0] >= level:
                    sections.pop()
                if titles_list:
                    # "# Q1. Top SQL questions for analysts?" over a list of them: it
                    # titles them; no question and no tag
                    skipped.append((start + 1, heading, "a title over the questions below it"))
                    headings.append((start + 1, level, _section_name(heading)))
                elif not _NUMBER_ONLY.fullmatch(_section_name(heading)):
                    # "## Question 7" above its bold question numbers it; it is no
                    # section, and no tag
                    sections.append((level, _section_name(heading)))
                    headings.append((start + 1, level, _section_name(heading)))
                    numbered_label = None
                    if re.search(r"[?？]\s*$", heading) and _names_the_list(heading):
                        skipped.append((start + 1, heading, "the name of the list"))
                else:
                    numbered_label = (start, level)
            index = _skip(tokens, index)
            continue
        if token.type == "hr" or (
            token.type == "html_block" and index not in details_from and html_breaks(index)
        ):
            if current is not None and current.layout in ("bold", "list"):
                close(start)
            elif (
                # "Q. String - StringBuilder …를 비교 설명하시오", nothing under it, then a rule
                # over a list of other questions: the rule ends the unanswered question
                current is not None
                and current.layout == "line"
                and token.type == "hr"
                and answer_start is not None
                and not "".join(lines[answer_start:start]).strip()
                and index + 1 < len(tokens)
                and tokens[index + 1].type in ("bullet_list_open", "ordered_list_open")
            ):
                close(start)
                current, answer_start = None, None
            ruled = ruled or token.type == "hr"
            index += 1
            continue
        if (
            token.type == "paragraph_open"
            and allowed("list")
            and (
                numbered_task := re.fullmatch(
                    r"\s*\d{1,3}\s*:\s*\n(.+)", tokens[index + 1].content, re.S
                )
            )
            is not None
            and (stated_prose := _prose_block(numbered_task.group(1), legend)) is not None
        ):
            # "1:" alone over its task indented four spaces, and its translation in a block
            # indented the same (CommonMark reads it as code): one task, in each language
            close(start)
            question, difficulty = _clean(stated_prose, legend)
            after_task = index + 3
            if (
                after_task < len(tokens)
                and tokens[after_task].type == "code_block"
                and (translated := _prose_block(tokens[after_task].content, None)) is not None
            ):
                question = f"{question}\n\n{translated}"
                end = (tokens[after_task].map or (end, end))[1]
                after_task += 1
            current = Found(question, start + 1, "list", difficulty=difficulty, sections=names())
            found.append(current)
            answer_start = end
            index = after_task
            continue
        if token.type == "paragraph_open" and start in quizzes and allowed("line"):
            # "Expected output:", the code, numbered options, "correct answer: 2.",
            # between rules: one quiz question
            close(start)
            stem, answer, stop = quizzes[start]
            quiz_stem, _, shown = stem.partition("\n\n")
            question, difficulty = _clean(quiz_stem, legend)
            question = f"{question}\n\n{shown}"
            current = Found(
                question,
                start + 1,
                "line",
                answer=answer,
                difficulty=difficulty,
                sections=names(),
                end=stop,
            )
            found.append(current)
            current, answer_start = None, None
            while index < len(tokens) and (
                (span := tokens[index].map) is None or tokens[index].level != 0 or span[0] < stop
            ):
                index += 1
            continue
        if token.type == "paragraph_open" and start in problems and allowed("line"):
            # "Sum of odd numbers to 50" over its working in an indented list
            close(start)
            question, difficulty = _clean(
                re.sub(r"\s*\n\s*", " ", tokens[index + 1].content.strip()), legend
            )
            current = Found(question, start + 1, "line", difficulty=difficulty, sections=names())
            found.append(current)
            answer_start = end
            index = _skip(tokens, index)
            continue
        if token.type == "paragraph_open":
            inline = tokens[index + 1]
            titled = re.fullmatch(r"\s*(\*\*|__)([^*_\n]{3,80}?)\s*:?\s*\1\s*:?\s*", inline.content)
            name = _normal(titled.group(2)) if titled else ""
            # not "**Security and Best Practices:**" over questions on it: a topic
            advice = bool(
                name and _META_SECTION.match(name) and not re.search(r"(?i)best\s+practices", name)
            )
            if (
                titled
                and (advice or open_meta is not None)
                and _kind(titled.group(2), legend) is None
            ):
                if open_meta is not None:
                    bold_meta.append((open_meta[0], start, open_meta[1]))
                    open_meta = None
                if advice:
                    open_meta = (start, titled.group(2).strip())
            if (
                titled
                and current is not None
                and current.layout == "bold"
                and _QUESTIONS_HEADING.search(name)
                and not re.search(_FOLLOW_UPS_NAME, name, re.IGNORECASE)
                and _kind(titled.group(2), legend) is None
            ):
                # "**Perguntas sobre desafios:**" names the bold questions that follow:
                # it ends the answer before it
                close(start)
                current = None
            bold = _bold_line(inline, legend)
            in_heading_answer = current is not None and current.layout == "heading"
            if (
                in_heading_answer
                and answer_start is not None
                and re.match(r"(?i)\s*(?:\*\*|__)?\s*q\s*[:：]", inline.content)
                and any(_ANSWER_LABEL.match(x) for x in lines[answer_start:start])
            ):
                # "#### Question:", its "**Q:** …" and "**A:** …", then the next "**Q:**":
                # the heading's answer has ended, another question starts
                in_heading_answer = False
            if (
                in_heading_answer
                and _NUMBERED_SUB_QUESTION.match(inline.content)
                and re.search(r"[?？]", inline.content)
            ):
                # "## 知识点二：block的本质是什么？", its answer, then "**【扩展 2-1】默认情况下
                # 能修改被block捕获的自动变量么？**": a numbered question that extends it
                in_heading_answer = False
            if (
                in_heading_answer
                and _LABELLED_BOLD_QUESTION.match(inline.content)
                and re.search(r"[?？]", inline.content.split("\n", 1)[0])
            ):
                # "## 2.1. What is Probability?", its lesson, then "**Question 1:** *What
                # are elements in a sample space called?*": the lesson's own questions
                in_heading_answer = False
            bold_rows = _bold_question_rows(
                inline.content,
                legend,
                # "### 🔁 True/False" over "**6. Fairness is an ISO 25010 quality
                # attribute.**" line after line: statements to judge
                judged=bool(sections)
                and bool(_TRUE_OR_FALSE_TITLE.fullmatch(_normal(sections[-1][1]))),
            )
            plain_rows = inline.content.split("\n")
            asked_rows = (
                {n for n in range(1, len(plain_rows)) if plain_rows[n].strip()}
                if len(plain_rows) >= 4
                and len(plain_rows[0]) <= 40
                and (
                    (
                        ((in_heading_answer and ruled) or (current is None and label_blocks))
                        and re.search(r"[:：]\s*$", plain_rows[0])
                    )
                    # "🖥️ Operating System" over lines that each end by asking, with no
                    # question open
                    # (3 in 5 once the document has been read so: the same list goes on
                    # after a snippet, "docker run -p 8000:8000", over "13. Python and DSA")
                    or (
                        current is None
                        and _kind(plain_rows[0], legend) is None
                        and sum(bool(_ENDS_ASKING.search(row)) for row in plain_rows[1:]) * 5
                        >= (len(plain_rows) - 1) * (3 if plain_lines_read else 4)
                    )
                )
                # 3 in 5 of the lines under the label ask (a design topic may not)
                and sum(_kind(row, legend) is not None for row in plain_rows[1:]) * 5
                >= (len(plain_rows) - 1) * 3
                else set()
            )
            if len(asked_rows) >= 3 and allowed("line"):
                # after a rule under the last heading question, "RAG：" over lines that
                # each ask ("多路召回是什么？" …): questions of their own under that topic
                close(start)
                topic = plain_rows[0].strip().rstrip(":：").strip()
                plain_lines_read = True
                # under "系统设计题：" (a label), a design topic is a prompt ("短链系统"); under a
                # topic line with no colon ("Gradient Descent"), rows that do not ask are not
                asks = (
                    set(asked_rows)
                    if re.search(r"[:：]\s*$", plain_rows[0])
                    else {n for n in asked_rows if _kind(plain_rows[n], legend) is not None}
                )
                marked_rows = {
                    n
                    for n in asks
                    if _kind(plain_rows[n], legend) == "mark"
                    or re.search(r"[:：]\s*$", plain_rows[n])  # ("What is the difference between:")
                }
                if len(marked_rows) * 10 >= len(asks) * 9 and not re.search(
                    r"[:：]\s*$", plain_rows[0]
                ):
                    # nine in ten end with "?": "Count Vectorization" is a topic, not an
                    # order to count
                    asks = marked_rows
                previous_asked: Found | None = None
                for offset in sorted(asked_rows):
                    if offset not in asks and re.match(r"\s*\d{1,3}[.)]\s+\S", plain_rows[offset]):
                        # "2. Regression": a numbered part of the list, over its first
                        # topic ("Linear Regression"), not a point of the answer above
                        skipped.append(
                            (start + 1 + offset, plain_rows[offset].strip(), "a part's title")
                        )
                        previous_asked = None
                        continue
                    if offset not in asks:
                        # a row that does not ask: two or more in a row under a question
                        # answer it ("What are the types of …?" over "Batch …", "Stochastic
                        # …"); one alone between questions names the next ones' topic
                        # ("Learning Rate")
                        run = [n for n in range(offset - 1, offset + 2) if n in asked_rows]
                        if previous_asked is not None and any(
                            n not in asks for n in run if n != offset
                        ):
                            previous_asked.answer = "\n".join(
                                filter(
                                    None, [previous_asked.answer, f"- {plain_rows[offset].strip()}"]
                                )
                            )
                            previous_asked.end = start + 1 + offset
                        else:
                            topic = plain_rows[offset].strip().rstrip(":：").strip()
                            skipped.append((start + 1 + offset, topic, "a topic over questions"))
                        continue
                    question, difficulty = _clean(plain_rows[offset], legend)
                    previous_asked = Found(
                        question,
                        start + 1 + offset,
                        "line",
                        difficulty=difficulty,
                        sections=names(),
                        topics=[topic] if topic else [],
                        end=start + 1 + offset,
                    )
                    found.append(previous_asked)
                current, answer_start = None, None
                label_blocks = True  # the next "Agent：" block under it reads the same
            elif (
                current is None
                and allowed("line")
                and not bold_rows
                and not re.search(r"(?m)^\W{0,3}\d*(?:\*\*|__)", inline.content)
                and len(plain_rows) >= 3
                and all(len(row) <= 200 for row in plain_rows)
                # "手写promise" / "说说你对 Promise 的了解？" / …: lines that each ask,
                # half of them with a mark, folded into one paragraph
                and sum(_kind(row, legend) is not None for row in plain_rows) * 5
                >= len(plain_rows) * 4
                and sum(_kind(row, legend) == "mark" for row in plain_rows) * 2 >= len(plain_rows)
                # not a template of labels ("Question: ..." / "Answer: ..." / "Type: …")
                and not any(
                    _ANSWER_LABEL.match(row) or _QUESTION_START.match(_normal(row))
                    for row in plain_rows
                )
            ):
                for offset, row in enumerate(plain_rows):
                    if not _TRAILING_BR.sub("", row).strip():
                        continue
                    if _kind(row, legend) is None and _section_label(
                        _TRAILING_BR.sub("", row), legend
                    ):
                        # "🔗 Spring Boot e Frameworks <br>" over the lines that ask: the
                        # topic they are on
                        skipped.append((start + 1 + offset, row.strip(), "a topic over questions"))
                        continue
                    question, difficulty = _clean(_TRAILING_BR.sub("", row), legend)
                    found.append(
                        Found(
                            question,
                            start + 1 + offset,
                            "line",
                            difficulty=difficulty,
                            sections=names(),
                            end=start + 1 + offset,
                        )
                    )
            elif start in lead_questions and allowed("bold") and not in_heading_answer:
                # '**"What surprised you?"** That fp32 was not …': the bold question
                # leads the paragraph that answers it, like the ones around it
                close(start)
                lead_asked, lead_answer = lead_questions[start]
                current = bold_question(lead_asked, start + 1, tidy_answer(lead_answer))
                found.append(current)
                answer_start = end
            elif bold_rows and allowed("bold") and not in_heading_answer:
                # "**What is …?**" on each line of one paragraph: a question a line
                close(start)
                for offset, row in bold_rows:
                    current = bold_question(row, start + 1 + offset)
                    found.append(current)
                answer_start = end
            elif (
                bold is not None
                and allowed("bold")
                and not in_heading_answer
                and (
                    bold[1]
                    or _looks_like_question(bold[0], legend)
                    or start in numbered_bold
                    # "**5. AUC-ROC is most useful when:**" over "A. Evaluating …", "B. …"
                    # in its paragraph: a quiz stem over its choices
                    or (not bold[1] and bool(_paragraph_choices(inline.content)))
                    # "**The state file always matches the infrastructure.**" over "- A.
                    # True" / "- B. False": a statement to judge
                    or _true_false_below(tokens, index)
                    # "## Question 5" right over "**Script a program to compare …**": the
                    # label says it is asked, whatever its wording
                    or (not bold[1] and _right_under_a_label(tokens, index, bold[0]))
                )
                # "**Why EKS consumes IPs so fast:**" under "**A:**", or "**Choose DynamoDB
                # when:**" under "**Q: When to use DynamoDB vs RDS?**": a part of the answer
                and not (
                    current is not None
                    and answer_start is not None
                    and re.search(r"[:：]\s*$", bold[0])
                    and not re.search(r"[?？]", bold[0])
                    and not (not bold[1] and _paragraph_choices(inline.content))
                    and (
                        any(_ANSWER_LABEL.match(x) for x in lines[answer_start:start])
                        or (
                            current.layout == "bold"
                            and (
                                _Q_LABELLED.match(lines[current.line - 1]) is not None
                                or _LABELLED_BOLD_QUESTION.match(lines[current.line - 1])
                                is not None
                            )
                            and _Q_LABELLED.match(lines[start]) is None
                            and _LABELLED_BOLD_QUESTION.match(lines[start]) is None
                        )
                    )
                )
            ):
                close(start)
                choices = [] if bold[1] else _paragraph_choices(inline.content)
                labelled = None if bold[1] or choices else _bold_then_answer(inline.content)
                current = bold_question(bold[0], start + 1, labelled[1] if labelled else "")
                below = inline.content.split("\n", 1)[1] if "\n" in inline.content else ""
                answer_start = end
                if choices:
                    # its choices under it, in the same paragraph: part of the question
                    current.text = "\n\n".join([current.text, *choices])
                elif bold[1] and _ANSWER_LABEL.match(below):
                    # "**Q1:** What is …?" and, on the next line, "**A:** …"
                    current.answer = tidy_answer(_ANSWER_LABEL.sub("", below, count=1))
                elif (
                    not bold[1]
                    and labelled is None
                    and below.strip()
                    and "\n" not in bold[0]
                    and inline.content.split("\n", 1)[0].strip().strip("*_") == bold[0]
                ):
                    # "**Q30. …**" over its answer in the same paragraph
                    answer_start = start + 1
                found.append(current)
            elif (
                not in_heading_answer
                and allowed("line")
                and (stated := _stated_under_label(inline.content, legend)) is not None
            ):
                # "Вопрос 1." (question 1) alone on its line, the question on the lines
                # under it in the same paragraph (rows above it end the last answer);
                # what follows, to the next label, answers it
                close(start + stated[0])
                question, difficulty = _clean(stated[1], legend)
                current = Found(
                    question, start + stated[0] + 1, "line", difficulty=difficulty, sections=names()
                )
                found.append(current)
                answer_start = end
            elif (
                not in_heading_answer
                and allowed("line")
                and (labelled_at := _labelled_question_row(inline.content, legend)) is not None
                # (not "Q1- What are …?" / "Q4- What are …?" / …: a question a line)
                and not (
                    (current is None or current.layout == "line")
                    and _question_a_line(inline.content, legend)
                )
            ):
                # "Question 1- What is …?" and, on the next line, "ans- …"; a question
                # may run over lines until the answer's label ("QUESTION: WHAT ARE …
                # METHODS?" then "ANSWER: …"); lines above the label set its scene
                # ("Background context: …" then "Q: What is …?")
                close(start)
                scene_rows = inline.content.split("\n")[:labelled_at]
                content = "\n".join(inline.content.split("\n")[labelled_at:])
                first, _, rest = content.partition("\n")
                question_lines = content.split("\n")
                label_at = next(
                    (
                        n
                        for n, text_line in enumerate(question_lines[1:6], 1)
                        if _ANSWER_LABEL.match(text_line)
                    ),
                    None,
                )
                asked_at = (
                    next(
                        (
                            n
                            for n in range(min(len(question_lines), 8) - 1, 0, -1)
                            if _ends_as_question(question_lines[n])
                        ),
                        None,
                    )
                    if label_at is None and not _ends_as_question(first)
                    else None
                )
                if label_at is not None:
                    first = " ".join(x.strip() for x in question_lines[:label_at])
                    rest = "\n".join(question_lines[label_at:])
                elif asked_at is not None:
                    # "Q31: … P = 2X + 4Y" and, on the next line, "Q = 4X - 2Y. So, what's
                    # the covariance between P and Q?": it asks at the end of its lines
                    first = "\n".join(x.strip() for x in question_lines[: asked_at + 1])
                    rest = "\n".join(question_lines[asked_at + 1 :])
                # an answer written with a hanging indent ("ANSWER: High bias …" and
                # its next lines under it) keeps that indent in later paragraphs, which
                # CommonMark reads as code: those lines lose it
                indents = [
                    len(x) - len(x.lstrip(" "))
                    for x in lines[start + 1 : end]
                    if x.strip() and not _ANSWER_LABEL.match(x)
                ]
                label = _ANSWER_LABEL.match(rest)
                if indents and min(indents) >= 4:
                    hang = min(indents)
                elif label is not None and label.end() >= 4:
                    hang = label.end()  # "ANSWER: " and the later paragraphs under its text
                question, note = _split_source(first)
                question, difficulty = _clean(question, legend)
                if _NAMED_LABEL.match(question):
                    question = re.sub(r"^\s*[^\W\d_]+\s*\d*\s*[:：]\s*", "", question)
                current = Found(
                    question,
                    start + 1 + labelled_at,
                    "line",
                    context=" ".join(row.strip() for row in scene_rows),
                    answer=tidy_answer(
                        _ANSWER_LABEL.sub(
                            "", "\n".join(x.lstrip() for x in rest.strip().split("\n")), count=1
                        )
                    ),
                    difficulty=difficulty,
                    sections=names(),
                    source_note=note,
                )
                found.append(current)
                answer_start = end
            elif (
                current is not None
                and current.layout == "bold"
                and allowed("bold")
                and (glued := _glued_next_label(inline.content, lines[current.line - 1], legend))
                is not None
            ):
                # "**Q17: …?**", its answer, and at the end of the answer's paragraph, with
                # no blank line, "Q18: What's the F1 score?": the next question
                close(start + glued)
                current = bold_question(
                    inline.content.split("\n")[glued].strip(), start + glued + 1
                )
                found.append(current)
                answer_start = start + glued + 1
            elif (
                current is not None
                and current.layout == "line"
                and allowed("line")
                and (later := _later_labelled_row(inline.content, legend)) is not None
            ):
                # pasted code of an answer ("dockerfile", "Copy code", "FROM …") and, with
                # no blank line, "Question: What is Docker Compose?" then "Answer: …": the
                # label starts the next question
                close(start + later)
                labelled_rows = inline.content.split("\n")[later:]
                label_at = next(
                    (n for n, row in enumerate(labelled_rows) if _ANSWER_LABEL.match(row)), None
                )
                question, difficulty = _clean(
                    " ".join(x.strip() for x in labelled_rows[: label_at or 1]), legend
                )
                current = Found(
                    question,
                    start + later + 1,
                    "line",
                    answer=tidy_answer(
                        _ANSWER_LABEL.sub("", "\n".join(labelled_rows[label_at:]), count=1)
                        if label_at
                        else ""
                    ),
                    difficulty=difficulty,
                    sections=names(),
                )
                found.append(current)
                answer_start = end
            elif (
                bold is None
                and not in_heading_answer
                and allowed("line")
                and (stem_choices := _paragraph_choices(inline.content))
                and re.search(
                    r"[?？:：]\s*$", _TRAILING_BR.sub("", inline.content.split("\n", 1)[0])
                )
                and not _ANSWER_LABEL.match(inline.content)
                # (not over a list: "…? ↵ A. Feature Engineering. ↵ B. …" then "- Only
                # options A and D are correct.": statements, and the list holds the choices)
                and not (
                    index + 3 < len(tokens)
                    and tokens[index + 3].type in ("bullet_list_open", "ordered_list_open")
                )
                # right under its title ("### 13. Temp View Lifetime"), not under the code a
                # numbered question shows ("5. You have a resource defined as:")
                and index > 0
                and tokens[index - 1].type == "heading_close"
            ):
                # "Global temp view persists until:  ↵ a. Spark application terminates.  ↵
                # b. …": a quiz stem and its lettered choices, one paragraph
                close(start)
                stem = _TRAILING_BR.sub("", inline.content.split("\n", 1)[0]).rstrip(" \\")
                question, difficulty = _clean(stem, legend)
                # ("Best practice:" says little without its title: "12. Multiple
                # Aggregations Efficiently" is its scene)
                scene = re.sub(r"^\s*\d{1,3}[.)]\s+", "", _heading_text(tokens[index - 2]))
                current = Found(
                    "\n\n".join([question, *stem_choices]),
                    start + 1,
                    "line",
                    difficulty=difficulty,
                    sections=names(),
                    context=scene if re.search(r"[:：]\s*$", stem) else "",
                )
                found.append(current)
                answer_start = end
            elif (
                start in run_lines
                and allowed("line")
                # ("#### Aufgabe 1 (5P)", a statement, then "a) Welches …? (1P)": a part of
                # the problem, each asked under its statement when it closes)
                and not (
                    current is not None
                    and id(current) in problem_labels
                    and _LETTERED.match(inline.content)
                )
                and not (
                    in_heading_answer
                    and re.match(r"\s*(\*\*|__)[^*_\n]{1,60}?[:：][^*_\n]*\1", inline.content)
                )
                # (not a paragraph of one question a line: "Q1- What are …?" / "Q4- What
                # are …?" / …, each one of its own)
                and not (
                    (current is None or current.layout == "line")
                    and _question_a_line(inline.content, legend)
                )
            ):
                # one question per paragraph, nothing else ("What is MLOps …?", a blank
                # line, "Describe the key stages …", …); not "**Problem 1: …**" points
                # inside a heading question's answer
                close(start)
                unstamped = _without_stamps(inline.content.strip())
                content = _after_plain_header(unstamped)
                top_row, _, below = content.partition("\n")
                answered = _ANSWER_LABEL.match(below)
                text = top_row if answered else content
                question, note = _split_source(re.sub(r"\s*\n\s*", " ", text))
                url = _BARE_URL_TAIL.search(question)
                if url and _ends_as_question(question[: url.start()]):
                    # "What …? : https://youtu.be/…": the link is where it comes from
                    question, note = question[: url.start()], note or url.group(1)
                question, difficulty = _clean(question, legend)
                current = Found(
                    question,
                    # under a header in plain text ("✅ 15 Core Questions"): its own line
                    start + 1 + (content != unstamped),
                    "line",
                    # "Ans: character splitting, …" under it in the same paragraph
                    answer=below[answered.end() :].strip() if answered else "",
                    difficulty=difficulty,
                    sections=names(),
                    source_note=note,
                )
                found.append(current)
                answer_start = end
            elif current is None and pending is not None and _kind(inline.content, legend):
                # "6. A statement …" then, below the list, "Mark the correct answer: …"
                question, difficulty = _clean("\n".join(lines[pending:end]), legend)
                current = Found(
                    question, pending + 1, "list", difficulty=difficulty, sections=names()
                )
                found.append(current)
                answer_start = end
                pending = None
            elif (
                next_number is not None
                and allowed("list")
                and (
                    (current is not None and current.layout == "list")
                    # "2. Explain the advantages …" last in its list, then "Coroutines
                    # provide …:" and "They simplify …\n3. What is …?": what stands between
                    # the list and the next number is the answer of its last question
                    or (
                        current is None
                        and listed_last is not None
                        and listed_last[0] is (found[-1] if found else None)
                        and listed_last[0].missing_answer
                        and all(
                            t.type
                            in (
                                "paragraph_open",
                                "inline",
                                "paragraph_close",
                                "fence",
                                "code_block",
                            )
                            for t in tokens[listed_last[1] : index]
                        )
                    )
                )
                and (split_at := _numbering_goes_on(inline.content, next_number, legend))
                is not None
                and (current is not None or split_at > 0)
            ):
                # "…a use case.\n2. How to handle long contexts?": the next numbered
                # question, folded into the paragraph above it (a list numbered from 2
                # cannot interrupt a paragraph in CommonMark)
                if current is None and listed_last is not None:
                    current, answer_start = listed_last[0], listed_last[2]
                # (a section's label right over it ends the answer above too)
                under_label = split_at == 1 and _section_label(
                    inline.content.split("\n")[0], legend
                )
                close(start if under_label else start + split_at)
                rest = "\n".join(inline.content.split("\n")[split_at:])
                items = _paragraph_items(rest, start + split_at, legend, names())
                found.extend(items)
                if items:
                    current = items[-1]
                    answer_start = end
                    next_number += len(items)
            elif (
                current is None
                or current is solo
                # "💬 What is …?" paragraphs, then a paragraph of such lines: more of them
                or (
                    current.layout == "line"
                    and len(_bare_question_lines(inline.content.split("\n"), legend)) >= 2
                )
            ) and allowed("list"):
                items = _paragraph_items(inline.content, start, legend, names())
                if items and current is not None:
                    close(start)
                found.extend(items)
                if len(items) == 1 and items[0].line == start + 1 and not items[0].answer:
                    # "1 - What is …?" alone in its paragraph: what follows answers it
                    current = solo = items[0]
                    answer_start = end
                elif (
                    items
                    and current is None
                    and items[-1].answer  # "Answer: …" on its own line in the paragraph
                    and (numbered_at := _NUMBERED_LINE.match(lines[items[-1].line - 1]))
                ):
                    # "x=1" then "3. How do you join two strings?" and "Answer: …" in one
                    # paragraph (code whose fence was lost): the code below it answers it
                    # too, up to "4. …?" folded into the next paragraph
                    current = items[-1]
                    answer_start = end
                    next_number = int(numbered_at.group(1)) + 1
                if (
                    current is None
                    and not items
                    and _kind(inline.content.split("\n", 1)[0], legend) == "mark"
                    and not _CHATBOT_OFFER.match(inline.content)
                ):
                    # the line that asks, not the answer run into its paragraph
                    first_line = _inline_text(inline).strip()
                    if "\n" in inline.content.strip():
                        first_line = inline.content.strip().split("\n", 1)[0].strip()
                    unplaced.append((start + 1, first_line))
            index = _skip(tokens, index)
            continue
        if (
            token.type == "html_block"
            and html_rows(index)[0].find("<details", details_from.get(index, 0)) >= 0
        ):
            # "</div></details><details><summary>…" with no blank line between them is one
            # HTML block: a block opens at its "<details", after any close before it, and
            # ends at its own "</details>" (the next one may open in the same block)
            content, breaks = html_rows(index)
            opened = content.index("<details", details_from.get(index, 0))
            start += bisect.bisect_left(breaks, opened)
            block_end, closed = index, content.find("</details>", opened)
            while closed < 0 and block_end + 1 < len(tokens):
                block_end += 1
                if tokens[block_end].type == "html_block":
                    closed = html_rows(block_end)[0].find("</details>")
            last = tokens[block_end]
            reopen_at: int | None = None  # the block to read again, for the one it opens
            if closed >= 0 and last.map is not None:
                lowered, breaks_at = html_rows(block_end)
                stop = last.map[0] + bisect.bisect_left(breaks_at, closed) + 1
                reopened = lowered.find("<details", closed)
                if reopened >= 0:
                    details_from[block_end], reopen_at = reopened, block_end
            else:
                stop = last.map[1] if last.map else end
            # "<details>" inside its answer, over "<summary>꼬리질문1: …?</summary>" (a
            # follow-up): the answer ends there, and the follow-up is read next, a question
            # with its own answer
            inner = next(
                (
                    k
                    for k in range(index + 1, min(block_end + 1, len(tokens)))
                    if tokens[k].type == "html_block"
                    and "<details" in tokens[k].content.lower()
                    and "<summary"
                    in "\n".join(lines[_first_line(tokens[k]) : _first_line(tokens[k]) + 3])
                ),
                None,
            )
            if inner is not None:
                inner_map = tokens[inner].map
                assert inner_map is not None
                nested = re.search(
                    r"<summary\b[^>]*>(.*?)</summary>",
                    "\n".join(lines[inner_map[0] : inner_map[0] + 3]),
                    re.IGNORECASE | re.DOTALL,
                )
                if nested and _looks_like_question(
                    re.sub(r"<[^>]+>", " ", nested.group(1)), legend
                ):
                    block_end, stop = inner - 1, inner_map[0]
            chunk = "\n".join(lines[start:stop])
            summary = re.search(
                r"<summary\b[^>]*>(.*?)</summary>", chunk, re.IGNORECASE | re.DOTALL
            )
            summary_text = (
                re.sub(
                    r"<[^>]+>",
                    " ",
                    # "Does Django support NoSQL? | <i>✎ Full text answer</i>": a note on how
                    # to answer, after the question
                    re.sub(
                        r"(?is)\s*\|\s*<(i|em|small)>[^<>]{1,60}</\1>\s*$", "", summary.group(1)
                    ),
                ).strip()
                if summary
                else ""
            )
            body = chunk[summary.end() :] if summary else ""
            body = re.sub(r"</details>\s*$", "", body.strip(), flags=re.IGNORECASE)
            folded: tuple[str, int, str] | None = None  # the question, its line, its answer
            if summary is not None and allowed("details") and _PROMPT_SUMMARY.match(summary_text):
                # "<summary>🔍 View Detailed Interview Prompt</summary>": the block holds
                # the question (under the heading that names it), then what follows answers
                prompt, _, rest = tidy_answer(body).partition("\n\n")
                if prompt.strip() and _looks_like_question(prompt, legend):
                    at = next(
                        (n for n, row in enumerate(lines[start:stop]) if prompt[:30] in row), 0
                    )
                    folded = (re.sub(r"\s*\n\s*", " ", prompt), start + 1 + at, rest)
            if folded is None and (
                summary is None or _ANSWER_SUMMARY.match(summary_text) or not summary_text
            ):
                # an answer folded under the question before it: part of that answer
                index = block_end if block_end == reopen_at else block_end + 1
                continue
            if (
                folded is None
                and allowed("details")
                and _looks_like_question(summary_text, legend)
                # not "Show all 79 questions": a list folded away, read as it is below
                and not _FOLDED_LIST.match(summary_text)
            ):
                # the line of the summary ("<details>" then "<summary>…" below it)
                at = start + 1 + chunk[: summary.start()].count("\n") if summary else start + 1
                folded = (summary_text, at, tidy_answer(body))
            if (
                folded is None
                and summary is not None
                and summary_text
                and allowed("details")
                and not _FOLDED_LIST.match(summary_text)
                # (not "查看答案", "view the answer": a label of the fold, not a title)
                and not re.search(
                    r"(?i)答案|解答|answer|solution|정답|해설|respuesta|resposta|r[ée]ponse|antwort|"
                    r"ответ|đáp\s+án",
                    summary_text,
                )
                and (
                    keyed := _answer_under_code(
                        _dedent(
                            re.sub(
                                r"(?i)</details>\s*$", "", chunk[summary.end() :].rstrip()
                            ).strip("\n")
                        ).strip()
                    )
                )
                is not None
            ):
                # "<summary>1 함수 선언 위에서 함수 호출</summary>" over "### 정답" (answer)
                # and its code: the fold opens on the answer, so its title is asked; "###
                # 코드" (code) over code before it: what the question shows
                at = start + 1 + chunk[: summary.start()].count("\n")
                folded = (f"{summary_text}\n\n{keyed[0]}".strip(), at, keyed[1])
            if (
                folded is None
                and summary is not None
                and summary_text
                and allowed("details")
                and _QUIZ_BODY.search(body)
                and not _FOLDED_LIST.match(summary_text)
            ):
                # "<summary>One backend maps to one workspace.</summary>" over "**Options:**"
                # True / False and the right one: a statement to judge
                at = start + 1 + chunk[: summary.start()].count("\n")
                folded = (summary_text, at, tidy_answer(body))
            if (
                folded is None
                and summary is not None
                and topic_cards
                and allowed("details")
                and _topic_card(summary_text, body, legend)
            ):
                at = start + 1 + chunk[: summary.start()].count("\n")
                folded = (summary_text, at, tidy_answer(body))
            if folded is not None:
                close(start)
                title, _, code_shown = folded[0].partition("\n\n")
                question, difficulty = _clean(title if "```" in code_shown else folded[0], legend)
                if "```" in code_shown:
                    question = f"{question}\n\n{code_shown}"  # the code it shows, as written
                # " [(src)](https://…)" on a line of its own: where the card comes from,
                # not its answer
                cited = _CITED_LINE.search(folded[2])
                answer_text = _CITED_LINE.sub("", folded[2]).strip("\n")
                answer, hints = _split_hints(answer_text)
                follow_ups: list[str] = []
                points = [row for row in answer.split("\n") if row.strip()]
                marked = [_ITEM_MARK.match(row) for row in points]
                rows_asked = [
                    row[m.end() :].strip() for row, m in zip(points, marked, strict=True) if m
                ]
                if (
                    len(points) >= 2
                    and len(rows_asked) == len(points)
                    and all(_kind(row, legend) is not None for row in rows_asked)
                ):
                    # "<summary>시스템 콜이란?</summary>" over a list of questions only: what
                    # the interviewer asks next, not an answer
                    follow_ups, answer = rows_asked, ""
                found.append(
                    Found(
                        question,
                        folded[1],
                        "details",
                        answer=answer,
                        difficulty=difficulty,
                        sections=names(),
                        hints=hints,
                        follow_ups=follow_ups,
                        end=stop,
                        source_note=cited.group(1) if cited else "",
                    )
                )
                index = block_end if block_end == reopen_at else block_end + 1
                continue
            # a topic folded away ("<summary>LLM Basic</summary>"): what it holds is read
            # as if it were not folded
            index += 1
            continue
        if token.type == "table_open" and allowed("table"):
            # a table in a heading question's answer ("| Task | Function |") is part of
            # it, unless it says it holds questions
            in_answer = current is not None and current.layout == "heading"
            rows = _table(tokens, index, names(), legend, skipped, in_answer=in_answer)
            if rows is not None:
                close(start)
                found.extend(rows)
            index = _skip(tokens, index)
            continue
        if (
            token.type == "ordered_list_open"
            and allowed("list")
            and (versions := _versions_below(tokens, index)) is not None
        ):
            # "19. **问题：**" over "   - 中文：…" / "   - English: …", indented too little
            # to nest under it: one question, written in each language
            close(start)
            question, difficulty = _clean(versions[0], legend)
            current = Found(
                "\n\n".join([question, *versions[1:]]),
                start + 1,
                "list",
                difficulty=difficulty,
                sections=names(),
            )
            found.append(current)
            bullets = _skip(tokens, index)
            answer_start = (tokens[bullets].map or (end, end))[1]
            index = _skip(tokens, bullets)
            continue
        if (
            (
                (current is not None and current.layout == "line")
                # (first in the document: the questions one a line follow it)
                or (
                    current is None
                    and (after_list := _skip(tokens, index)) + 1 < len(tokens)
                    and tokens[after_list].type == "paragraph_open"
                    and _asks_alone(tokens[after_list + 1].content.split("\n")[0], legend) == "mark"
                )
            )
            and token.type == "ordered_list_open"
            and token.level == 0
            and tokens[index + 1].type == "list_item_open"
            and tokens[index + 2].type == "paragraph_open"
            and _skip(tokens, index + 1) + 1 == _skip(tokens, index)
            and len(titled_rows := tokens[index + 3].content.split("\n")) == 2
            and _section_label(titled_rows[0], legend)
            and _asks_alone(titled_rows[1], legend) is not None
        ):
            # "In Agile, when does testing begin?" then "2. Test Levels" with "Can you
            # describe the four test levels?" run on under it: a section's number and
            # name, then its first question, one a line as the ones above
            close(start)
            question, difficulty = _clean(titled_rows[1], legend)
            current = Found(question, start + 2, "line", difficulty=difficulty, sections=names())
            found.append(current)
            answer_start = end
            index = _skip(tokens, index)
            continue
        announced_here = (
            token.type in ("bullet_list_open", "ordered_list_open")
            and current is not None
            and _announced_under_heading(tokens, index, current, legend)
        )
        if (
            token.type in ("bullet_list_open", "ordered_list_open")
            and allowed("list")
            and (
                current is None
                or current.layout in ("bold", "list")
                or (
                    current.layout == "heading"
                    and token.type == "ordered_list_open"
                    and next_number is not None
                    and next_number <= int(str(token.attrGet("start") or 1)) <= next_number + 2
                )
                or (
                    current.layout == "heading"
                    and answer_start is not None
                    and lists_asking() >= 3
                    and _questions_after_answer(tokens, index, lines, answer_start, legend)
                )
                or announced_here
                or index in code_lists
            )
        ):
            setting = ""  # the setting the questions of an announced list are asked in
            if current is not None and announced_here:
                # "#### Problem 2: Memory Over-commitment Analysis", its setting, then
                # "**Questions:**" over "1. **Total virtual memory allocated?** 13GB": the
                # heading titles the questions listed below it, what it says sets them
                problem_title = current
                close(start)
                if problem_title in found:
                    found.remove(problem_title)
                    skipped.append(
                        (
                            problem_title.line,
                            problem_title.text,
                            "the title of the questions below it",
                        )
                    )
                    setting = re.sub(
                        r"\n*\W*questions\W*$", "", problem_title.answer, flags=re.I
                    ).strip()
                current, answer_start = None, None
            if index in code_lists:
                # "## What is the result?" over "1. `x = ('pizza');print(x)`", …: each
                # snippet is asked about, the heading is what is asked
                close(start)
                asked_of, asked_at = code_lists[index]
                if found and found[-1].line == asked_at:
                    found.pop()  # a paragraph that asks of each line below it
                skipped.append((asked_at, asked_of, "asked of each snippet below it"))
                for snippet in tokens[index : _skip(tokens, index)]:
                    if snippet.type == "inline" and snippet.map is not None:
                        found.append(
                            Found(
                                _unescaped(snippet.content.strip()),
                                snippet.map[0] + 1,
                                "list",
                                context=asked_of,
                                sections=names(),
                                end=snippet.map[1],
                            )
                        )
                current, answer_start = None, None
                index = _skip(tokens, index)
                continue
            titled_at = _skip(tokens, index)
            if (
                token.type == "ordered_list_open"
                and token.level == 0
                and titled_at + 1 < len(tokens)
                and tokens[titled_at].type == "paragraph_open"
                and re.match(
                    r"(?i)\s*(?:\*\*|__)\s*question\s*(?:\*\*|__)?\s*[:：]",
                    tokens[titled_at + 1].content,
                )
                and sum(
                    t.type == "list_item_open" and t.level == token.level + 1
                    for t in tokens[index:titled_at]
                )
                == 1
                and _kind(tokens[index + 3].content, legend) is None
            ):
                # "2. Truthiness Narrowing" over "**Question:** What is …?": the title of
                # the question labelled below it, not a line of the answer above
                close(start)
                current, answer_start = None, None
                index = titled_at
                continue
            skipped_before = len(skipped)
            above = (
                tokens[index - 2].content.strip()
                if index >= 3 and tokens[index - 3].type == "paragraph_open"
                else ""
            )
            # "5. What's wrong with this program?" and its code, then "6. Dining
            # Philosophers Problem" over the problem's statement in a fence: the
            # numbering of the questions goes on (not "6. ACID Properties" over notes)
            numbered_on = (
                token.type == "ordered_list_open"
                and token.level == 0
                and bool(found)
                and found[-1].layout == "list"
                and next_number is not None
                and int(str(token.attrGet("start") or 1)) == next_number
                and (fence_at := _skip(tokens, index)) < len(tokens)
                and tokens[fence_at].type == "fence"
                # (an item that asks, "7. Why …?", has its answer in the fence)
                and _kind(tokens[index + 3].content, legend) is None
                and _fenced_statement(tokens[fence_at]) is not None
            )
            coded = token.level == 0 and _coded_tasks(tokens, index)
            # "## Manage users and groups" over "39 Create a user `johndoe` …" to "45 …",
            # after "35" to "38" under the section above, each item a question: an exam's
            # numbering goes on across its sections, every item one of its tasks (a how-to
            # starts its steps again from 1)
            continued = (
                token.type == "ordered_list_open"
                and token.level == 0
                and whole_before
                and bool(found)
                and found[-1].layout == "list"
                and next_number is not None
                and next_number > 3
                and next_number <= int(str(token.attrGet("start") or 1)) <= next_number + 2
                # (two or more, one line each, with nothing under them: "11. **Broadcast
                # joins**" alone over its points is a card)
                and sum(t.type == "list_item_open" for t in tokens[index : _skip(tokens, index)])
                >= 2
                and _one_line_items(tokens, index, _skip(tokens, index))
                and all(
                    t.type.startswith(("list_item_", "paragraph_", "inline"))
                    for t in tokens[index + 1 : _skip(tokens, index) - 1]
                )
            )
            items = _list_questions(
                tokens,
                index,
                lines,
                names(),
                [],
                "",
                legend,
                skipped,
                doc_asks=doc_asks,
                bare=bare,
                bold_items=bold_items,
                # "You might be asked about :" over the list: each item is asked
                announced=bool(_ASKED_ABOUT.fullmatch(above)) and token.level == 0,
                # "Some ideas of tasks to work on with the weather data:" over "* Print the
                # schema", or "#### **Task**" right over "1. Create a VPC …": each is a task
                tasks=token.level == 0
                and (
                    _sets_tasks(tokens, index, above)
                    # "## 2 True or False ($21$ pts)" over "1. The mean filter is …":
                    # statements to judge
                    or bool(
                        sections
                        and _TRUE_OR_FALSE_TITLE.fullmatch(_normal(sections[-1][1]))
                        # (not "## Answer Key" over "### True/False" over "11. F", "12. T")
                        and not any(_KEY_HEADING.fullmatch(_normal(name)) for _, name in sections)
                    )
                    # "1. Create a user account …" over its command as code, item after item
                    or coded
                    or continued
                    # "# Coding Questions" … "## Heap" over "* Merge K Sorted Lists", "* Top
                    # K Frequent Elements": problems named by their titles
                    or (coding_doc and _problem_titles(tokens, index))
                    # "- [ ] Print all numbers between 1 and N." right over "<details>
                    # <summary>Potential Solution</summary>": the item is asked
                    or _answer_folded_below(tokens, index)
                ),
                coded=coded,
                numbered_on=numbered_on,
                answer_folders=answer_folders,
            )
            if index in answer_bullets:
                # "¿Qué es un `generator`?" with "- Una función que …" on the next line,
                # again and again: each bullet answers the line above it
                items = []
            if (
                not items
                and token.type == "ordered_list_open"
                and token.level == 0
                and next_number is not None
                and int(str(token.attrGet("start") or 1)) == next_number
                and sum(
                    t.type == "list_item_open" and t.level == token.level + 1
                    for t in tokens[index : _skip(tokens, index)]
                )
                == 1
                and (answered_at := _skip(tokens, index)) < len(tokens)
                and (
                    (
                        answered_at + 1 < len(tokens)
                        and tokens[answered_at].type == "paragraph_open"
                        and _labels_an_answer(tokens[answered_at + 1].content)
                    )
                    # "12. **Broadcast joins:**" over "   - Used when one table is small.",
                    # a bullet indented too little to be the item's, or over its code
                    or (
                        tokens[answered_at].type in ("bullet_list_open", "fence", "table_open")
                        and tokens[index + 2].type == "paragraph_open"
                        and _BOLD_CARD.fullmatch(tokens[index + 3].content) is not None
                        and any(
                            _QUESTIONS_HEADING.search(n) and not _META_SECTION.match(n)
                            for n in names()
                        )
                    )
                )
            ):
                # "9. **Saber las edades … indica que:**" over "**R//=** Estamos …", the
                # numbering of the questions going on: a stem to complete, answered
                items = _list_questions(
                    tokens, index, lines, names(), [], "", legend, skipped, tasks=True
                )
                for item in items:
                    item.card = _BOLD_CARD.fullmatch(tokens[index + 3].content) is not None
            if _RUBRIC_LABEL.fullmatch(above):
                # "Measure:" over "- Does this person understand …?": what the interviewer
                # weighs in the answers, not questions to ask
                skipped.extend((q.line, q.text, "what the interviewer measures") for q in items)
                items = []
            if _TOPICS_LABEL.fullmatch(above):
                # "**Key Concepts**:" over "- When to use Parquet vs CSV": topics to study
                topics_name = re.sub(r"[*_:\s]+$", "", re.sub(r"^[*_\s]+", "", above))
                skipped.extend(
                    (q.line, q.text, f'a topic under "{topics_name}"')
                    for q in items
                    if not _ends_as_question(q.text)
                )
                items = [q for q in items if _ends_as_question(q.text)]
            entries = sum(
                t.type == "list_item_open" and t.level == token.level + 1
                for t in tokens[index : _skip(tokens, index)]
            )
            first_number = (
                int(str(token.attrGet("start") or 1)) if token.type == "ordered_list_open" else None
            )
            continues = (
                (
                    first_number is not None
                    and next_number is not None
                    and next_number <= first_number <= next_number + 2
                )
                or (
                    # "**2. Explain the lifecycle.**" and its answer, then "3. What is a
                    # Fragment?": the bold numbering goes on in a list
                    first_number is not None
                    and current is not None
                    and current.layout == "bold"
                    and (
                        bold_number := re.match(
                            r"\s*(?:\*\*|__)\s*(\d{1,4})[.)]", lines[current.line - 1]
                        )
                    )
                    is not None
                    and first_number == int(bold_number.group(1)) + 1
                )
                or (
                    # "* **Key Topic 2**: Detail …" after "* **Key Topic 1**: Compare …" and its
                    # answer: the next question, numbered by its label
                    current is not None
                    and current.layout == "list"
                    and _label_number(lines[start]) is not None
                    and _label_number(lines[start]) == _next_label(lines[current.line - 1])
                )
            )
            many_ask = (
                # a list of five or more whose items ask, most with a question mark, and
                # not under a bold question: the next questions, not steps of an answer
                current is not None
                and current.layout == "list"
                and entries >= 5
                and len(items) == entries
                and sum(_kind(q.text, legend) == "mark" for q in items) * 2 >= len(items)
            )
            # "**2.**" over "* i. What's the risk …?", "* ii. Why is it empirical?": the
            # numbered parts of a question, each asked, not the answer of the one above
            parts = bool(items) and all(
                re.match(r"(?i)\s*[-*+]\s+\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\s", lines[q.line - 1])
                for q in items
            )
            if parts:
                for q in items:
                    q.text = re.sub(r"(?i)^\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+", "", q.text)
            # "* Explain how `this` works" alone in its list, over its answer, after
            # "* Explain event delegation" alone in its list over its own: the next one
            solo_next = (
                entries == 1
                and current is not None
                and current is solo_item
                and len(items) == 1
                and _kind(items[0].text, legend) is not None
                # (not "- Solve Ax = λx." on the very line under "48. How to find the
                # eigenvalues?": a bullet no blank line parts from it answers it)
                and not (
                    current.line == start
                    and token.type == "bullet_list_open"
                    and _ends_as_question(current.text)
                    and not _ends_as_question(items[0].text)
                )
            )
            # "* What is ICMP?" over its answer in a fence, then "* What is a kernel
            # module?", "* Walk me through …": the list of questions goes on after the
            # fence that broke it (the same bullet, the same indent, every item asking, one
            # with a question mark at least)
            bullet = lines[current.line - 1] if current is not None else ""
            resumed = (
                current is not None
                and current.layout == "list"
                and answer_start is not None
                and token.type == "bullet_list_open"
                and bullet.lstrip()[:1] == lines[start].lstrip()[:1]
                and len(bullet) - len(bullet.lstrip())
                == len(lines[start]) - len(lines[start].lstrip())
                and _fenced_only(lines[answer_start:start])
                and bool(items)
                and all(_kind(q.text, legend) is not None for q in items)
                and any(_ends_as_question(q.text) for q in items)
            )
            if (
                current is not None
                and current.layout != "heading"  # (questions listed after its answer)
                and not continues
                and not many_ask
                and not parts
                and not solo_next
                and not resumed
                # (a one-item list right over its own folded answer is a question)
                and not _answer_folded_below(tokens, index)
                # ("* What is the output:", code, "Answer: Infinite loop", then "* Explain
                # what `static` does?" / "* What is the following:": answered, and asked on)
                and not (
                    answer_start is not None
                    and current.layout == "list"
                    and all(_kind(q.text, legend) is not None for q in items)
                    # (an answer on the label's line; "Solution:" alone labels the list)
                    and any(
                        (lead := _ANSWER_LEAD.match(row)) is not None
                        and row[lead.end() :].strip(" *_")
                        for row in lines[answer_start:start]
                    )
                )
                and (
                    not all(q.difficulty or _ends_as_question(q.text) for q in items)
                    # under a bold question, a list of plain questions ("What was the
                    # primary metric? …") is its answer: the questions to ask back
                    or (current.layout == "bold" and not any(q.difficulty for q in items))
                )
            ):
                # instructions in the answer ("1. Plot a histogram…"); but a list that
                # goes on with the questions' numbering ("75. …?", its answer, then
                # "76. Describe …") holds the next questions
                items = []
                del skipped[skipped_before:]  # its points are the answer's, not skipped
            pending = (
                start
                if current is None
                and not items
                and entries == 1
                and token.type == "ordered_list_open"
                and not any(
                    t.type in ("bullet_list_open", "ordered_list_open")
                    for t in tokens[index + 1 : _skip(tokens, index)]
                )
                else None
            )
            if items:
                close(start)
                for item in items:
                    item.context = item.context or setting
                found.extend(items)
                next_number = first_number + entries if first_number is not None else None
                whole_before = len(items) == entries
                after = _skip(tokens, index)
                listed_last = (items[-1], after, end)
                shown_at = (
                    after
                    if entries > 1
                    and after + 2 < len(tokens)
                    and tokens[after].type == "fence"
                    and tokens[after + 1].type == "paragraph_open"
                    and items[-1].missing_answer
                    and _CODE_BELOW.search(items[-1].text)
                    and _ANSWER_LEAD.match(tokens[after + 2].content)
                    else None
                )
                if shown_at is not None:
                    # "* What is wrong with the following code:" last in its list, the
                    # code, then "Answer: Undefined behavior …": the code is asked about
                    fence_map = tokens[shown_at].map or [end, end]
                    shown_code = "\n".join(lines[fence_map[0] : fence_map[1]]).strip()
                    items[-1].text = f"{items[-1].text}\n\n{shown_code}"
                    current = items[-1]
                    answer_start = fence_map[1]
                elif (
                    entries > 1
                    and after + 1 < len(tokens)
                    and tokens[after].type == "paragraph_open"
                    and items[-1].missing_answer
                    and _ANSWER_LEAD.match(tokens[after + 1].content)
                ):
                    # "73. Why …?" closes a list of questions and "Solution: …" follows
                    # below it: the answer of that last question
                    current = items[-1]
                    answer_start = end
                elif (
                    token.type == "ordered_list_open"
                    and entries > 1  # (one alone takes what follows: options, answers)
                    and items[-1].missing_answer
                    and not items[-1].complete
                    and _ends_as_question(items[-1].text)  # (a prompt's bullets may be its)
                    and items[-1].line == end
                    and after < len(tokens)
                    and tokens[after].type == "bullet_list_open"
                    and (tokens[after].map or [-1])[0] == end
                    and not any(
                        _ends_as_question(t.content)
                        for t in tokens[after : _skip(tokens, after)]
                        if t.type == "inline"
                    )
                ):
                    # "1. What are scalars, …?" (after "1. What is broadcasting?") and, on
                    # the very next line, "- Scalars are constants. …": the bullets that
                    # no blank line parts from the last question answer it (they only: a
                    # numbered list after them holds more questions)
                    bullets_to = (tokens[after].map or [end, end])[1]
                    by_bullets = items[-1]
                    by_bullets.answer, hints = _split_hints(
                        tidy_answer("\n".join(lines[end:bullets_to]))
                    )
                    by_bullets.hints.extend(hints)
                    by_bullets.end = max(by_bullets.line, bullets_to)
                    index = _skip(tokens, after)
                    continue
                elif (
                    numbered_on
                    and entries == 1
                    and len(items) == 1
                    and items[0].missing_answer
                    and after < len(tokens)
                    and tokens[after].type == "fence"
                    and (fenced_text := _fenced_statement(tokens[after])) is not None
                ):
                    # "6. Dining Philosophers Problem" over a fence of prose ("Five silent
                    # philosophers sit at a round table …"): the problem's statement
                    items[0].text = f"{items[0].text}\n\n{fenced_text}"
                    items[0].end = (tokens[after].map or [end, end])[1]
                    index = after + 1
                    continue
                elif entries == 1 and len(items) == 1 and not items[0].complete:
                    # "1. **Question?**" then its answer as plain paragraphs below (or its
                    # first paragraph on the item's next line, and the rest below)
                    current = solo_item = items[0]
                    answer_start = end
            elif current is not None and current.layout == "bold" and allowed("bold"):
                lazy = _lazy_bold_line(lines, start, end, legend)
                if lazy is not None:
                    # "- `const`: block-scoped" then, on the next line, "**4. Explain
                    # hoisting.**": CommonMark runs the bold question into the list item
                    # above it; it is the next question, and what follows answers it
                    close(lazy)
                    current = bold_question(lines[lazy].strip(), lazy + 1)
                    found.append(current)
                    answer_start = lazy + 1
            index = _skip(tokens, index)
            continue
        index = _skip(tokens, index)
    close(len(lines))
    if open_meta is not None:
        bold_meta.append((open_meta[0], len(lines), open_meta[1]))
    found = _answer_keys(found, tokens, lines, skipped)
    found = [part for item in found for part in _split_lettered_parts(item, lines, legend)]
    for item in found:
        _marked_choice_answer(item)
    if declared is None and title_asks is not None and not found and len(unplaced) <= 2:
        # "title: …？" over a post that asks nothing itself (a line or two asked in
        # passing, "就可以开始了？"): the post answers its title
        declared = title_asks
    if declared is not None and allowed("heading"):
        # "question: …" in the front matter: the file is that one question, its body the
        # answer (sections such as "## 面试官在考什么" are parts of it) up to its
        # follow-ups ("## 常见追问", each asked with its own answer) or its references
        declared_text, asked_at, body_from = declared
        follow = re.compile(r"(?i)[\W_]*(?:" + _FOLLOW_UPS_NAME + r")[\W_]*")
        stop = next(
            (
                line - 1
                for line, _, name in headings
                if line > body_from
                and (
                    follow.fullmatch(name)
                    or _META_SECTION.match(name)
                    or re.match(
                        r"(?i)\W*(?:related|references?|sources?|see\s+also|相关|参考|延伸阅读)",
                        name,
                    )
                )
            ),
            len(lines),
        )
        stays = [
            item
            for item in found
            if item.line > stop and item.sections and follow.fullmatch(item.sections[-1])
        ]
        skipped.extend(
            (item.line, item.text, "part of the answer") for item in found if item not in stays
        )
        card = Found(
            declared_text,
            asked_at,
            "heading",
            answer=tidy_answer("\n".join(lines[body_from:stop])),
            end=stop,
        )
        for item in stays:
            item.text = _FOLLOW_UP_LEAD.sub("", item.text) or item.text  # ("追问: …")
        found = [card, *stays]
        unplaced.clear()
    if (
        not unplaced
        and len(found) <= 5
        and allowed("line")
        and all(_kind(item.text, legend) == "word" and item.layout == "list" for item in found)
    ):
        # "# URL Shortening System" over "Design a URL shortening system like TinyURL."
        # and a worked design in sections: one case, the prompt its question (steps it
        # lists, "* fetch latest features", are parts of the answer)
        case = _case_prompt(tokens, lines, legend)
        if case is not None:
            skipped.extend((item.line, item.text, "part of the answer") for item in found)
            found = [case]
    for item in found:
        _inline_answer(item)
        _read_fields(item)
    found = [part for item in found for part in _glued_questions(item)]
    kept: list[Found] = []
    seen: dict[str, int] = {}
    shown_apart: dict[int, str] = {}  # questions told apart by the formula or code they show
    duplicates: list[tuple[int, int, str]] = []
    for item in found:
        if item.difficulty is None:
            item.difficulty = next(
                (
                    named
                    for name in reversed(item.sections)
                    if (named := _level_heading(name, legend)) is not None
                ),
                None,
            )
    asked = {_key(item) for item in found if not item.linked}
    first_title = next((h for _, level, h in headings if level == 1), None)
    # "### Introduction:" over "#### 1. How do you find duplicates …?" and every other
    # question: a heading that holds the list, not a note before it
    asked_under: dict[str, int] = {}
    asked_any: dict[str, int] = {}  # (items of any layout)
    for item in found:
        for name in set(item.sections):
            asked_any[name] = asked_any.get(name, 0) + 1
            if item.layout == "heading":
                asked_under[name] = asked_under.get(name, 0) + 1
    for item in found:
        key = _key(item)
        meta = next(
            (
                name
                for number, name in enumerate(item.sections)
                # the title ("# How to Answer A/B Test Questions") names the whole list
                # (a lesson's exercise asks wherever it stands: "## Introduction")
                if _META_SECTION.match(name)
                and id(item) not in challenge_questions
                and not (number == 0 and name == first_title)
                and not (
                    # ("## Have doubt in this question ??" after each answer: a line to
                    # the author between the questions, not a section that holds them)
                    re.fullmatch(
                        r"(?i)\W*(?:introduction|have\s+(?:a\s+|any\s+)?(?:doubts?|questions?)\s+"
                        r"(?:in|about|on|for)\s+(?:this\s+question|this|me))\W*",
                        name,
                    )
                    and (
                        (asked_under.get(name, 0) >= 3 and item.layout == "heading")
                        # "## Introduction" over "*What are the classes of speech
                        # sounds?*" and eight more, the first chapter of a list of
                        # questions in italic lines
                        or (
                            re.fullmatch(r"(?i)\W*introduction\W*", name) is not None
                            and asked_any.get(name, 0) >= 3
                            and item.layout == "line"
                        )
                        # "# Questions" over "## Introduction" over "1. What is DBT":
                        # the first chapter of the questions, under their title
                        or (
                            re.fullmatch(r"(?i)\W*introduction\W*", name) is not None
                            and any(
                                _QUESTIONS_HEADING.search(outer)
                                and not _META_SECTION.match(outer)
                                # (not the document's title: "# ML system design
                                # questions" over "## Introduction" over what ML
                                # system design is)
                                and outer != first_title
                                for outer in item.sections[:number]
                            )
                        )
                    )
                )
                # "## 5. Exception Handling ve Best Practices" over "- Custom exception
                # nasıl yazılır?": a topic of the list, and what asks with a mark asks
                and not (_ADVICE_TOPIC.search(name) and _kind(item.text, legend) == "mark")
                # "## 🎯 Production Best Practices" over "### Question 25" and what it
                # asks: a quiz's section, its questions labelled as such
                and not any(
                    re.match(r"(?i)\s*#{1,6}\s*(?:question|q)\s*\.?\s*\d{1,4}\s*[:.)]?\s*$", row)
                    for row in lines[max(item.line - 2, 0) : item.line]
                )
                # "## Interview Tips" / "### Common Follow-up Questions": a section under
                # the tips that says it holds questions holds questions (those that ask:
                # "**Think aloud**: Share your thought process." is still a tip)
                # (not under "Questions to ask the interviewer": its "## Technical
                # Questions:" are more questions to ask back)
                and not (
                    any(
                        _QUESTIONS_HEADING.search(deeper) and not _META_SECTION.match(deeper)
                        for deeper in item.sections[number + 1 :]
                    )
                    and _kind(item.text, legend) is not None
                    and not _ASKED_BACK.search(name)
                )
            ),
            None,
        )
        if meta is None:
            meta = next(
                (name for first, last, name in bold_meta if first < item.line <= last),
                None,
            )
        if meta is None:
            # "1. **Ask clarifying questions**" over "- "What's the scale?"": asked back
            meta = next((name for name in item.topics if _ASK_BACK.match(name)), None)
        if (
            meta is None
            and item.layout != "heading"
            and item.sections
            and _RULES_SECTION.fullmatch(_normal(item.sections[-1]))
            and _A_RULE.match(item.text)
        ):
            # "### General Instructions" over "- You are **not** allowed to use a
            # calculator.": an exam's rules (its questions may sit under it, as headings)
            meta = item.sections[-1]
        if meta is not None:
            skipped.append((item.line, item.text, f'an example under "{meta}"'))
            continue
        if not key.rsplit(" | ", 1)[-1]:
            skipped.append((item.line, item.text, "no letters or digits once normalised"))
            continue
        if _LABEL_HEADING.fullmatch(_normal(item.text)):
            # "#### Problem" over a paragraph that does not ask ("{{ question.text }}")
            skipped.append((item.line, item.text, "a label with no question under it"))
            continue
        if _TEMPLATE_QUESTION.search(item.text):
            skipped.append((item.line, item.text, "a template's placeholder"))
            continue
        if (
            0 < item.line <= len(lines)
            and (
                len(_LEGEND_PAIR.findall(_normal(lines[item.line - 1]))) >= 2
                or sum(symbol in lines[item.line - 1] for symbol in {*legend, *_LEVEL_GLYPHS}) >= 2
            )
            and _kind(item.text, {}) is None
        ):
            # "**难度分布：** 🟢 简单 x3 | 🟡 中等 x4": how many of each level, not a question
            skipped.append((item.line, item.text, "the difficulty legend"))
            continue
        if (
            item.difficulty
            and 0 < item.line <= len(lines)
            and _LEGEND_ENTRY.match(_normal(lines[item.line - 1]))
            # ("- 🟢 **Easy** - What is a list?": a question at its level)
            and _kind(item.text, {}) is None
        ):
            # "- 🟢 **Beginner** - Basic WHERE clauses": what a level means, not a question
            skipped.append((item.line, item.text, "an entry of the difficulty legend"))
            continue
        if _CHATBOT_OFFER.match(item.text):
            skipped.append((item.line, item.text, "a chat assistant's offer"))
            continue
        if item.linked and key in asked:
            skipped.append((item.line, item.text, "a link (table of contents)"))
            continue
        original = next(k for k in kept if k.line == seen[key]) if key in seen else None
        if (
            original is not None
            and _ASKS_OF_SHOWN.search(item.text)
            and item.answer.strip()
            and original.answer.strip()
            and original.answer.strip() != item.answer.strip()
        ):
            # "What is the output of each expression?" twice, over different code: two
            # questions, told apart by what they show
            key, original = f"{key} | {item.line}", None
        # "Wat is de juiste uitkomst?" ("what is the right result?") over "$$ 30 \times 40
        # $$" and its choices, then again over "$$ 20 \times 80 $$"; "21. **Incorrect
        # code:**" over its snippet, then "22. **Incorrect code:**" over another: each
        # asks of what it shows (asked again of the same, it is a repeat after all)
        for shown_of in (_shown_over_choices, _code_first):
            shown_here = shown_of(item.answer) if original is not None else None
            if original is None or shown_here is None:
                continue
            shown_first = (
                (shown_apart[original.line], "")
                if original.line in shown_apart
                else shown_of(original.answer)
            )
            if shown_first is None or shown_here[0] == shown_first[0]:
                continue
            if original.line not in shown_apart:
                original.text = f"{original.text}\n\n{shown_first[0]}"
                original.answer = shown_first[1]
                shown_apart[original.line] = shown_first[0]
            key = f"{key} | {shown_here[0]}"
            if key in seen:
                original = next(k for k in kept if k.line == seen[key])
            else:
                item.text, item.answer = f"{item.text}\n\n{shown_here[0]}", shown_here[1]
                shown_apart[item.line] = shown_here[0]
                original = None
            break
        if original is not None:
            repeat = (item.line, seen[key], item.text)
            # asked again: what the repeat adds (an answer, follow-ups) is kept, once
            if original.missing_answer and not item.missing_answer:
                original.answer = item.answer
                if original.end <= original.line + 1 and item.line > original.end:
                    # a bare list of the questions, then each asked with its answer
                    # ("Quick reference: 1. What is RAG?" … "### Q1: What is RAG?"): the
                    # question is where it is answered
                    repeat = (original.line, item.line, original.text)
                    original.line, original.end = item.line, item.end
                    original.layout = item.layout
                    seen[key] = item.line
            duplicates.append(repeat)
            original.follow_ups.extend(f for f in item.follow_ups if f not in original.follow_ups)
            original.hints.extend(h for h in item.hints if h not in original.hints)
            if item.line <= original.end + 2:
                original.end = max(original.end, item.end)
            continue
        seen[key] = item.line
        kept.append(item)
    kept.sort(key=lambda item: item.line)  # a question moved to where it is answered
    duplicates.sort()
    covered = _covered_lines(kept, duplicates, skipped, unplaced)
    unplaced.extend(_question_lines_left(lines, covered, legend))
    unplaced = sorted({(n, t) for n, t in unplaced if t})
    if layout is None:
        loose, unplaced = _loose_questions(lines, unplaced, kept, headings, legend)
        kept = sorted([*kept, *loose], key=lambda item: item.line)
        # ("### Question 2:" over a loose question is its number, which it starts at)
        numbers = {item.line for item in loose}
        skipped = [x for x in skipped if not (x[0] in numbers and not x[1].strip())]
    for item in kept:
        linked_title = _LINKED_QUESTION.fullmatch(item.text)
        if linked_title and re.search(r"[^\W\d_]{2}", linked_title.group(1)):
            # "[Overheat Prevention Controller](https://…/problems/…)": a problem named by
            # its link; the name is the question, the link where it is written out (two
            # problems of one name, linked apart, stay two)
            item.text = linked_title.group(1).strip()
            item.source_note = item.source_note or linked_title.group(2)
        # a card ends on its last line that holds something, not on its "<!--ID: …-->"
        # and "END%%" (blanked, as they hold no words), nor a quiz on its "</quiz>"
        while (
            marks_blanked and item.line < item.end <= len(lines) and not lines[item.end - 1].strip()
        ):
            item.end -= 1
    # a line a later pass imported after all is not also reported as skipped
    started = {item.line for item in kept}
    skipped = sorted(x for x in skipped if x[0] not in started)
    title = next((h for _, level, h in headings if level == 1), headings[0][2] if headings else "")
    return Scan(kept, unplaced, duplicates, skipped, headings, title, _share(kept, lines), subject)


_CHINESE_NUMBERED_HEADING = re.compile(
    r"(?m)^([ \t]{0,3}#{1,6}[ \t]+)((?:[一二三四五六七八九]?十)?[一二三四五六七八九]|十)([、．.])"
)
"""A heading numbered in Chinese numerals ("## 十二、…"), one to ninety-nine."""


_INDENTED_HEADING = re.compile(r"[ ]{4,7}(#{1,6}[ \t]+\d{1,3}[.)][ \t]+\S.*)")


def _indented_headings(text: str) -> str:
    """Numbered headings indented as code ("    ## 1. Try …"), in blocks whose every line
    is one and where two or more are: headings (their indent taken off)."""
    rows = text.split("\n")
    fenced: set[int] = set()  # (not inside a fenced block, where code stays as written)
    fence = ""
    for n, row in enumerate(rows):
        mark = re.match(r"[ ]{0,3}(`{3,}|~{3,})", row)
        if fence:
            fenced.add(n)
            if mark and mark.group(1)[0] == fence[0] and len(mark.group(1)) >= len(fence):
                fence = ""
        elif mark:
            fence = mark.group(1)
            fenced.add(n)
    at = 0
    while at < len(rows):
        if (
            at in fenced
            or not _INDENTED_HEADING.fullmatch(rows[at])
            or (at and rows[at - 1].strip())
        ):
            at += 1
            continue
        end = at
        headings = 0
        while (
            end < len(rows)
            and end not in fenced
            and (not rows[end].strip() or _INDENTED_HEADING.fullmatch(rows[end]))
        ):
            headings += bool(rows[end].strip())
            end += 1
        if headings >= 2:
            for n in range(at, end):
                if rows[n].strip():
                    rows[n] = rows[n].lstrip(" ")
        at = end
    return "\n".join(rows)


def _chinese_numbered_headings(text: str) -> str:
    """Headings numbered in Chinese numerals, in Arabic ones ("## 三、…" → "## 3、…"), where
    three or more headings of a level are and no other heading of it is: a mock
    interview's questions. Under "## 题目" (the question), "## 一、…" to "## 四、…" are
    the parts of one answer, and stay as they are."""
    levels: dict[int, list[bool]] = {}
    for heading in re.finditer(r"(?m)^[ \t]{0,3}(#{1,6})[ \t]+(.*)$", text):
        level = len(heading.group(1))
        numbered = _CHINESE_NUMBERED_HEADING.match(heading.group(0)) is not None
        levels.setdefault(level, []).append(numbered)
    chosen = {lv for lv, marks in levels.items() if len(marks) >= 3 and all(marks)}
    if not chosen:
        return text
    return _CHINESE_NUMBERED_HEADING.sub(
        lambda m: (
            f"{m.group(1)}{_chinese_number(m.group(2))}{m.group(3)}"
            if m.group(1).strip(" \t").count("#") in chosen
            else m.group(0)
        ),
        text,
    )


def _chinese_number(numeral: str) -> int:
    """The number a Chinese numeral of one to ninety-nine writes ("十二" → 12)."""
    digits = "一二三四五六七八九"
    if "十" not in numeral:
        return digits.index(numeral) + 1
    tens, _, ones = numeral.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def _answer_heading_below(tokens: Sequence[Token], index: int, level: int) -> bool:
    """Whether the heading at `index` (of `level`) has, right under it, a deeper heading
    that only says "Answer" ("## Is `int` always 4 bytes?" over "### Answer")."""
    below = index + 3
    return (
        below + 1 < len(tokens)
        and tokens[below].type == "heading_open"
        and int(tokens[below].tag[1:]) > level
        and re.fullmatch(
            r"(?i)[\W_]*(?:answer|ans|solution|答案|回答|解答|respuesta|resposta|ответ)[\W_]*",
            tokens[below + 1].content,
        )
        is not None
    )


_LABELLED_BOLD_QUESTION = re.compile(r"(?i)^\s*(\*\*|__)\s*(?:question|q)\s*#?\d{1,3}\s*[:.)]")
"""A bold line labelled as a numbered question ("**Question 1: Can you explain …?**")."""
_NUMBERED_SUB_QUESTION = re.compile(
    r"\s*(?:\*\*|__)\s*[【\[［][^】\]］\n]{0,10}?\d{1,3}\s*[-–.]\s*\d{1,3}\s*[】\]］]"
)
"""A bold line led by a bracketed number of a question's part ("**【扩展 2-1】…？**",
"**[Extension 3-2] …?**")."""


_GLUED_QUESTION = re.compile(
    r"(?<=[^\W\d_][?？])(?=(?:What|How|Why|When|Where|Which|Who|Is|Are|Can|Do|Does|Explain)\s)"
)
"""Where a second question starts right after the first one's mark, with no space
("What is a destructor?What is a friend function?")."""


def _glued_questions(item: Found) -> list[Found]:
    """A one-line question that is two glued at the mark, as two questions on its line
    (the second keeps the answer); else the question itself."""
    if ("?" not in item.text and "？" not in item.text) or "\n" in item.text:
        return [item]
    parts = _GLUED_QUESTION.split(item.text)
    if len(parts) != 2 or not all(_ends_as_question(p) or p.endswith("？") for p in parts):
        return [item]
    first = Found(parts[0].strip(), item.line, item.layout, sections=list(item.sections))
    first.topics, first.context, first.end = list(item.topics), item.context, item.line
    item.text = parts[1].strip()
    return [first, item]


_QUIZ_HEADING = re.compile(
    r"(?i)[\W_]*(?:pon\s+a\s+prueba|ponte\s+a\s+prueba|test\s+(?:yourself|your\s+(?:knowledge|"
    r"understanding))|check\s+your\s+(?:understanding|knowledge)|knowledge\s+check|self[- ]check|"
    r"quick\s+quiz|quiz(?:\s+time)?|auto\s*evaluaci[oó]n|teste\s+(?:seus\s+)?conhecimentos|"
    r"проверь(?:те)?\s+себя|самопроверка|小测验|自测|练习题)[\W_]*"
)
"""A heading over a short quiz after a question's answer ("##### Pon a prueba")."""
_KEY_HEADING = re.compile(
    r"(?i)[\W_]*(?:answers?(?:\s+key)?(?:\s*(?:&|and)\s*explanations?)?|answer\s+sheet|"
    # ("# CORRECTIONS DÉTAILLÉES": the worked answers, in French)
    r"solutions?|respuestas|r[ée]ponses|corrections?(?:\s+d[ée]taill[ée]es)?|corrig[ée]s?|"
    # ("# ĐÁP ÁN CHI TIẾT", "## Detailed answers": the answers in full)
    r"respostas|ответы|答案|参考答案|解答|đáp\s+án)(?:\s+chi\s+tiết|\s+detailed)?"
    # ("### Corrigé avec explications": the key, with why each answer is right)
    r"(?:\s+(?:avec|with|mit|con|com)\s+(?:les\s+|las\s+|as\s+)?(?:explications?|"
    r"explanations?|erkl(?:ä|ae)rungen|explicaciones|explicações))?[\W_]*"
    r"(?:\([^()\n]{1,30}\)[\W_]*)?|(?i:detailed\s+answers?|详细答案|答案详解)[\W_]*"
)
"""A heading over the answers of the questions above it, by their numbers ("### Answers",
"## 📝 Answers (Đáp án)")."""
_KEY_NUMBER = re.compile(
    # ("### Question 1: Microtask vs. Macrotask Priority": a heading per answer)
    # ("### Câu 1: Đáp án B - `3, 3, 3`": the same in Vietnamese, and other languages)
    r"\s*(?:#{2,6}\s+)?(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:(?:q(?:uestion)?|c[âa]u|pregunta|pergunta|"
    r"frage|domanda|вопрос|soru)\s*)?(\d{1,3})\s*[.):]\s*(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
_KEY_ROW = re.compile(r"\s*\|\s*(?:q(?:uestion)?\s*)?(\d{1,3})\s*\|(.*?)\|?\s*", re.IGNORECASE)
"""A row of an answer key's table ("| 1 | b | Entry-level for beginners |")."""
_ASKED_NUMBER = re.compile(
    r"\s*(?:#{1,6}\s+)?(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:(?:q(?:uestion)?|c[âa]u|pregunta|pergunta|"
    r"frage|domanda|вопрос|soru)\s*)?(\d{1,3})"
    # ("### Question 1 (Medium - Output Order)": a level in brackets after the number)
    r"(?:\s*[.):]|\s*$|(?:\*\*|__)\s*$|\s+\([^()\n]{1,60}\)\s*$)",
    re.IGNORECASE,
)
"""The number a question is asked under ("**1.** …", "### Q1", "### 2. …")."""


def _before_key(item: Found, key_at: int, heading: re.Pattern[str], first_entry: str) -> str:
    """The answer `item` gives above the answer key that starts on 0-based line `key_at`
    (under `heading`, its first entry `first_entry`), when its answer ran on into it."""
    if item.end <= key_at:
        return item.answer
    parts = heading.split(item.answer)
    if len(parts) > 1:
        return parts[0].strip()
    # (the heading not in it: "Global temp view persists until:" and its choices, its
    # answer run on into the key's "1. a" / "2. b" …)
    at = item.answer.find(first_entry)
    return item.answer[:at].strip() if at >= 0 else item.answer


def _numbered_title_above(lines: Sequence[str], line: int) -> int | None:
    """The number of the heading right over 1-based `line`, blank lines between ("### 13.
    Temp View Lifetime" over its question), or None."""
    above = line - 2
    while above >= 0 and not lines[above].strip():
        above -= 1
    titled = re.match(r"\s{0,3}#{1,6}\s+(\d{1,3})[.)]\s+\S", lines[above]) if above >= 0 else None
    return int(titled.group(1)) if titled else None


_BOLD_KEY_LABEL = re.compile(
    r"\s*(?:\*\*|__)\s*((?i:answers?|solutions?))\s*:?\s*(?:\*\*|__)\s*:?\s*"
)
"""A bold label alone in its paragraph that opens an answer key ("**Answers:**")."""


_CHOICE_ROW = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\[[ xX]\][ \t]*)?(?:\*\*|__)?\(?[A-Ha-h][.)][ \t]+\S"
)
"""A lettered choice on its own line ("- A. …", "B) …", "- [x] C. …")."""
_CHOICE_MARK = re.compile(
    # (a bare "*" only after a space: "*Paris*" ends an italic, it marks nothing)
    r"(?:[ \t]*\\\*|[ \t]+\*(?!\*)|[ \t]*(?:✓|✔️?|✅|☑️?|\((?i:correct|right\s+answer)\)|"
    r"←[ \t]*(?i:correct)))[ \t]*$"
)
"""The mark a quiz puts after its right choice ("… \\*", "… ✓", "… (correct)")."""


def _marked_choice_answer(item: Found) -> None:
    """A quiz question given no answer but its right choice marked among the choices
    ("- C. A flexible schema database \\*", "- B) Teaching computers … ✓", "- [x] B. …"
    among "- [ ] …", "**D. Training**" among plain ones): the marked choice is the
    answer, and the mark leaves the question, which would give the answer away."""
    if not item.missing_answer or "\n" not in item.text:
        return
    rows = item.text.split("\n")
    choices = [at for at, row in enumerate(rows) if _CHOICE_ROW.match(row)]
    if len(choices) < 2:
        # "- [x] Transformer" among "- [ ] LSTM", …: choices as task boxes, unlettered
        choices = [
            at for at, row in enumerate(rows) if re.match(r"[ \t]*[-*+][ \t]+\[[ xX]\]", row)
        ]
    if len(choices) < 2:
        return
    marked = [at for at in choices if _CHOICE_MARK.search(rows[at])]
    boxed = [at for at in choices if re.match(r"[ \t]*(?:[-*+][ \t]+)?\[[xX]\]", rows[at])]
    if (
        not marked
        and boxed
        and all(re.match(r"[ \t]*(?:[-*+][ \t]+)?\[[ xX]\]", rows[at]) for at in choices)
    ):
        marked = boxed
    bold = [
        at
        for at in choices
        if re.fullmatch(r"[ \t]*(?:[-*+][ \t]+)?(\*\*|__)[^*_\n]+\1[ \t]*", rows[at])
    ]
    if not marked and len(bold) == 1:
        marked = bold  # "**B. (game, team), {Win, Lose}**" among plain choices
    if not marked or len(marked) == len(choices):
        return
    answers = []
    for at in marked:
        row = _CHOICE_MARK.sub("", rows[at])
        row = re.sub(r"^([ \t]*(?:[-*+][ \t]+)?)\[[xX]\]", r"\1[ ]", row)
        row = re.sub(r"^([ \t]*(?:[-*+][ \t]+)?)(\*\*|__)([^*_\n]+)\2[ \t]*$", r"\1\3", row)
        rows[at] = row
        answers.append(re.sub(r"^[ \t]*(?:[-*+][ \t]+)?(?:\[[ xX]\][ \t]*)?", "", row).strip())
    item.text = "\n".join(rows)
    item.answer = "\n".join(answers)


_PART_START = re.compile(
    r"[ \t]{0,3}(?:\*\*|__)?\(?([a-h])(?:\)|\.(?=[ \t]+[A-Z(¿¡$]))(?:\*\*|__)?[ \t]+\S"
)
"""The start of a lettered part of a problem ("a) P(red)", "b. Reduce the expression …",
"**c)** …"); "a." only before a capital, not the start of a sentence's word."""


def _split_lettered_parts(item: Found, lines: Sequence[str], legend: dict[str, str]) -> list[Found]:
    """A problem set up once and asked in lettered parts ("A bag contains 4 red, 3 blue
    and 5 green balls. If you draw one ball:" over "a) P(red)", "b) P(not green)"), each
    part its own question with the set-up as its scenario, and its own answer: the
    lines under it up to the next part, or the line of its letter in a block of answers
    after the parts ("a) P(red) = 4/12"). Parts that neither ask nor are answered one by
    one are the choices of a question, and stay in it."""
    first, last = item.line - 1, min(max(item.end, item.line), len(lines))
    if last - first < 3 or item.context:
        return [item]
    starts: list[tuple[int, str]] = []
    fence = False
    for at in range(first, last):
        row = lines[at]
        if re.match(r"[ \t]*(?:```|~~~)", row):
            fence = not fence
            continue
        part = None if fence else _PART_START.match(row)
        if part is not None:
            starts.append((at, part.group(1)))
    runs: list[list[tuple[int, str]]] = []
    for at, letter in starts:
        if letter == "a":
            runs.append([(at, letter)])
        elif runs and ord(letter) == ord(runs[-1][-1][1]) + 1:
            runs[-1].append((at, letter))
    runs = [run for run in runs if len(run) >= 2]
    if not runs:
        return [item]
    parts = runs[0]
    keyed = next((run for run in runs[1:] if len(run) == len(parts)), None)
    # (not its heading, "### 2.", nor a label alone, "**Question**")
    setting = " ".join(
        row.strip().lstrip("> ")
        for row in lines[first : parts[0][0]]
        if row.strip()
        and not re.match(r"[ \t]{0,3}#{1,6}[ \t]", row)
        and not _BARE_QUESTION_LABEL.fullmatch(re.sub(r"(?:\\|<br\s*/?>)?\s*$", "", row))
    )
    setting = _clean(setting, legend)[0]
    if len(setting.split()) < 4 or setting.rstrip(" *_").endswith(("?", "？")):
        return [item]  # a question over its choices, not a set-up over its parts
    stop = keyed[0][0] if keyed else last
    out: list[Found] = []
    for place, (at, _) in enumerate(parts):
        until = parts[place + 1][0] if place + 1 < len(parts) else stop
        # the part's own lines: up to a blank line or the next part
        own_end = next((n for n in range(at + 1, until) if not lines[n].strip()), until)
        asked = _PART_START.sub("", " ".join(r.strip() for r in lines[at:own_end]), count=1)
        asked = re.sub(r"^\S+\s*", "", " ".join(r.strip() for r in lines[at:own_end]), count=1)
        asked = _clean(asked, legend)[0]
        if keyed:
            k_at = keyed[place][0]
            k_until = keyed[place + 1][0] if place + 1 < len(keyed) else last
            k_end = next((n for n in range(k_at + 1, k_until) if not lines[n].strip()), k_until)
            answer = lines[k_at]
            if re.match(r"\s*(\*\*|__)\(?[a-h][.)]", answer) and answer.rstrip().endswith(
                ("**", "__")
            ):
                answer = answer.rstrip()[:-2]  # "**a) P(red) = 4/12**": the line in bold
            answer = re.sub(r"^\s*(?:\*\*|__)?\(?[a-h][.)](?:\*\*|__)?\s*", "", answer)
            answer = tidy_answer("\n".join([answer, *lines[k_at + 1 : k_end]]))
            end = k_end
        else:
            answer = tidy_answer("\n".join(lines[own_end:until]))
            end = until
        out.append(
            Found(
                asked,
                at + 1,
                item.layout,
                answer=answer,
                difficulty=item.difficulty,
                sections=list(item.sections),
                topics=list(item.topics),
                context=setting,
                source_note=item.source_note,
                end=end,
            )
        )
    if not keyed and not (
        all(_kind(part.text, legend) is not None for part in out)
        or all(not is_placeholder(part.answer) for part in out)
    ):
        return [item]  # lettered choices ("a) Oak", "b) Rose"), not parts that ask
    if keyed and not all(part.answer.strip() for part in out):
        return [item]
    if (
        not keyed
        and (
            _kind(setting, legend) is not None
            # ("For each scenario, which optimizer would you use:": it asks, of each case)
            or re.search(
                r"(?i)\b(?:which|what|how|why|calculate|compute|find|determine)\b",
                re.split(r"(?<=[.!?])\s+", setting)[-1],
            )
            is not None
        )
        and all(len(part.text.split()) <= 8 for part in out)
        and all(is_placeholder(part.answer) for part in out)
    ):
        # "Calculate receptive field for:" over "a) Single 3×3 conv layer: ?", "b) …":
        # one question asked of a few cases, none answered on its own
        return [item]
    return out


def _answer_keys(
    found: list[Found],
    tokens: Sequence[Token],
    lines: Sequence[str],
    skipped: list[tuple[int, str, str]],
) -> list[Found]:
    """Questions numbered under "### Questions" and answered below, by number, under
    "### Answers" ("**1. b) Customer segmentation**" and why): each answer goes to its
    question, and the key's lines are not more questions. Section by section: numbers
    start again under each day or chapter."""
    marks = [
        (token.map[0], int(token.tag[1]), _heading_text(tokens[index + 1]))
        for index, token in enumerate(tokens)
        if token.type == "heading_open" and token.map is not None and token.level == 0
    ]
    # "**Answers:**" over "1. Bias and variance.", "2. …" under a list of questions: a
    # key set as a bold label, deeper than any heading (it runs to the next one)
    labels = [
        (token.map[0], 7, label.group(1))
        for index, token in enumerate(tokens[:-1])
        if token.type == "paragraph_open"
        and token.map is not None
        and token.level == 0
        and (label := _BOLD_KEY_LABEL.fullmatch(tokens[index + 1].content)) is not None
        and index + 3 < len(tokens)
        and tokens[index + 3].type == "ordered_list_open"
    ]
    if labels:
        marks = sorted(marks + labels)
    keys = [at for at, (_, _, name) in enumerate(marks) if _KEY_HEADING.fullmatch(_normal(name))]
    if not keys:
        return found
    ordered = sorted(found, key=lambda item: item.line)
    starts = [item.line for item in ordered]
    # each heading's section: where the next heading of its level or above starts, and
    # where the heading above it (of a higher level) is; one pass each way
    stops = [len(lines)] * len(marks)
    parents = [-1] * len(marks)
    stack: list[int] = []
    for at, (start, level, _) in enumerate(marks):
        while stack and marks[stack[-1]][1] >= level:
            stops[stack.pop()] = start
        parents[at] = marks[stack[-1]][0] if stack else -1
        stack.append(at)
    dropped: set[int] = set()
    last_key = -1  # where the key before this one starts: it answered what is above it
    for at in keys:
        start, level, name = marks[at]
        stop, parent = stops[at], max(parents[at], last_key)
        last_key_before = last_key
        last_key = start
        numbered: dict[int, Found] = {}
        # the questions between the parent heading and the key (1-based lines); where
        # none are, the ones since the key before (or the top): "## Auto-évaluation" over
        # "### Corrigé", the parts of the quiz above it
        for low in (parent, last_key_before):
            for item in ordered[
                bisect.bisect_right(starts, low + 1) : bisect.bisect_right(starts, start)
            ]:
                if id(item) not in dropped:
                    number = _ASKED_NUMBER.match(lines[item.line - 1])
                    if number and item.layout in ("bold", "list", "heading"):
                        numbered.setdefault(int(number.group(1)), item)
                    elif item.layout == "line" and (
                        titled := _numbered_title_above(lines, item.line)
                    ):
                        # "### 13. Temp View Lifetime" over "Global temp view persists
                        # until:" and its choices: numbered by its title
                        numbered.setdefault(titled, item)
            if numbered:
                break
        if len(numbered) < 2:
            continue
        entries: list[tuple[int, int]] = []  # (0-based line, number)
        fence = False
        for row in range(start + 1, stop):
            if re.match(r"\s*(?:```|~~~)", lines[row]):
                fence = not fence
            number = (
                None if fence else _KEY_NUMBER.match(lines[row]) or _KEY_ROW.fullmatch(lines[row])
            )
            if number and not lines[row][:1].isspace() and int(number.group(1)) in numbered:
                entries.append((row, int(number.group(1))))
        # "### Câu 1: Đáp án B" … a heading an answer: the numbered lines inside those
        # answers ("1. Sử dụng let") are steps, not more of the key
        headed = [(row, n) for row, n in entries if lines[row].lstrip().startswith("#")]
        if len(headed) >= 2:
            entries = headed
        numbers = [n for _, n in entries]
        if len(set(numbers)) < 2 or len(set(numbers)) != len(numbers):
            continue
        heading_at = re.compile(
            (r"(?m)^#{1,6}[ \t]+" if level < 7 else r"(?m)^[ \t]*(?:\*\*|__)")
            + re.escape(name.strip())
        )
        # the answer each gives above the key (the key ran into the last one's)
        first_entry = lines[entries[0][0]].strip()
        own = {
            id(item): _before_key(item, start, heading_at, first_entry)
            for item in numbered.values()
        }
        # "What is printed by this block of code?" over its code alone: the code is
        # asked about, and the key answers it
        shown: dict[int, str] = {}
        for item in numbered.values():
            snippet = own[id(item)]
            if re.fullmatch(r"\s*(`{3,}|~{3,})[^\n]*\n.*\n\s*\1\s*", snippet, re.DOTALL) and (
                _CODE_BELOW.search(item.text) or _ASKS_OF_SHOWN.search(item.text)
            ):
                shown[id(item)], own[id(item)] = snippet.strip(), ""
                continue
            # its code (or not) and then its lettered choices, "- A) `0, 1, 2`" …: all
            # of it asked, the key answers
            coded = re.match(
                r"\s*(`{3,}|~{3,})[^\n]*\n.*?\n\s*\1[ \t]*(?:\n|$)", snippet, re.DOTALL
            )
            after = snippet[coded.end() :] if coded else snippet
            options = [row.strip() for row in after.split("\n") if row.strip()]
            if len(options) >= 2 and all(
                _LETTERED_OPTION.match(row) or _BULLETED_OPTION.match(row) for row in options
            ):
                shown[id(item)], own[id(item)] = snippet.strip(), ""
        unanswered = [item for item in numbered.values() if is_placeholder(own[id(item)])]
        if len(unanswered) < 2 or len(unanswered) * 2 < len(numbered):
            continue
        for place, (row, asked) in enumerate(entries):
            until = entries[place + 1][0] if place + 1 < len(entries) else stop
            cells = _KEY_ROW.fullmatch(lines[row])
            if cells is not None:
                # "| 1 | b | Entry-level for beginners |": the row's other cells
                until = row + 1
                answer = " — ".join(
                    cell.strip() for cell in cells.group(2).split("|") if cell.strip()
                )
            else:
                # up to the next entry, or a heading between them ("### Section 2")
                until = next(
                    (n for n in range(row + 1, until) if re.match(r"\s{0,3}#{1,6}\s", lines[n])),
                    until,
                )
                first = _KEY_NUMBER.sub("", lines[row], count=1).rstrip()
                first = re.sub(r"(?:\*\*|__)\s*$", "", first).strip()
                # "**1. Answer: A** - IaaS, PaaS, SaaS": the label goes, and its bold
                first = re.sub(
                    r"(?i)^(?:(?:correct\s+)?answer|ans|respuesta|resposta|r[ée]ponse|ответ|"
                    r"答案|đáp\s+án)\s*[:：]\s*",
                    "",
                    first,
                )
                for mark in ("**", "__"):
                    if first.count(mark) % 2:
                        first = first.replace(mark, "", 1)
                answer = tidy_answer("\n".join([first, *lines[row + 1 : until]]))
            question = numbered[asked]
            question.answer = own[id(question)]
            if id(question) in shown:
                question.text = f"{question.text}\n\n{shown.pop(id(question))}"
            if question.missing_answer and answer:
                question.answer = answer
                question.end = (
                    max((n for n in range(row, until) if tidy_answer(lines[n])), default=row) + 1
                )
            for item in ordered[
                bisect.bisect_right(starts, row) : bisect.bisect_right(starts, until)
            ]:
                if item is not question:
                    dropped.add(id(item))
                    skipped.append((item.line, item.text, f'an answer under "{name}"'))
    return [item for item in found if id(item) not in dropped]


def _share(kept: Sequence[Found], lines: Sequence[str]) -> float:
    """The share of the non-blank lines inside a question or its answer."""
    filled = [number for number, line in enumerate(lines, 1) if line.strip()]
    if not filled:
        return 1.0
    spans = sorted((item.line, max(item.line, item.end)) for item in kept)
    inside = 0
    at = 0
    for number in filled:  # both in line order: one pass
        while at < len(spans) and spans[at][1] < number:
            at += 1
        if at < len(spans) and spans[at][0] <= number:
            inside += 1
    return inside / len(filled)


def _key(item: Found) -> str:
    """What tells two questions apart: their words, under their parents (a snippet of
    code, every character: "`x = ('pizza',)`" is not "`x = ('pizza')`")."""
    if re.fullmatch(r"`[^`\n]+`", item.text.strip()):
        return " | ".join([*item.topics, item.context, item.text.strip()])
    # a true-or-false statement with its two boxes is the same statement without them
    # (asked again in the answer key)
    text = re.sub(r"(?i)(?:\n\s*[-*+]\s+(?:true|false)\s*){2}$", "", item.text)
    words = re.sub(r"[\W_]+", " ", _normal(text).casefold()).strip()
    words = re.sub(r"\b(what|how|who|where|why|when|that|there) s\b", r"\1 is", words)
    if "$" in text:
        # a formula, every sign of it: "Calcule $$P(Z > 1.5)$$" is not "$$P(Z < -1.5)$$"
        shown = " ".join("".join(f.split()) for f in re.findall(r"\$\$?([^$\n]+)\$\$?", text))
        words = f"{words} {shown}".strip()
    if (
        not item.context
        and len(words.split()) >= 4
        and not re.search(r"\b(?:it|its|this|that|they|them|these|those)\b", words)
    ):
        # a question that names what it asks about, asked again under another topic, is
        # asked twice ("Explain the concept of statistical power." in a summary, then in
        # a full list)
        return " | ".join(["", words])
    return " | ".join([*item.topics, item.context, words])


def _level_heading(heading: str, legend: dict[str, str]) -> str | None:
    """The difficulty a heading names when it only names one ("🟢 Beginner (Concepts)",
    "Medium questions", "Level: Advanced"), else None."""
    cleaned, marked = _clean(_normal(heading), legend)
    plain = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", cleaned.lower())
    plain = re.sub(
        r"\b(?:questions?|level|levels|problems?|concepts?|difficulty|tier|section|part)\b",
        " ",
        plain,
    )
    words = re.findall(r"[^\W\d_]+", plain)
    if not words or words[0] not in _LEVELS:
        return None
    # "🟢 Junior: Fix the Duplicate Data Problem": a level, then what it asks
    after = re.sub(r"^[^:：]{1,24}[:：]\s*", "", cleaned)
    if len(words) > 1 and (
        # "🔴 Advanced Level & Tricky Scenarios": a level first, then what it holds
        len(words) > 5
        or (after != cleaned and _IMPERATIVE.match(after))
        or "?" in cleaned
        or _INTERROGATIVE.match(cleaned)
        or _IMPERATIVE.match(cleaned)
        or _CJK_ASKS.search(cleaned)
        or _OTHER_ASKS.search(cleaned)
    ):
        return None
    return _LEVELS[words[0]] if marked is None else marked


_AUXILIARIES = frozenset(
    "is are was were do does did can could should would will shall has have had may might "
    "must am".split()
)


def _heading_asks(heading: str, legend: dict[str, str]) -> bool:
    """A heading without a question mark that still asks: "Explain …", "How to …",
    'Scenario: "Walk me through your system"'."""
    quoted = _QUOTED_PROMPT.fullmatch(_normal(heading).strip())
    if quoted and _kind(quoted.group(1), legend) is not None:
        return True
    if _kind(heading, legend) != "word" or _WEAK_PROMPT.match(_normal(heading)):
        return False  # "Run the application" is a step of a how-to
    cleaned = _clean(heading, legend)[0]
    if re.search(r"(?i)\b(?:questions|problems|exercises|puzzles|q\s*&\s*a|qna)\W*$", cleaned):
        return False  # "Explain Metrics Changes Questions" names the questions under it
    if re.match(r"(?i)\W*[^\W\d_]+\s+(?:interview\s+)?(?:questions|problems|exercises)\b", cleaned):
        return False  # "Design Questions - Popular Systems (5)": a kind of questions
    words = re.findall(r"[^\W\d_][\w'’-]*", cleaned)
    if (
        _INTERROGATIVE.match(cleaned)
        and len(words) >= 3
        and sum(w[0].isupper() for w in words[1:]) * 4 >= (len(words) - 1) * 3
        and words[1].lower() not in _AUXILIARIES
    ):
        return False  # "What Interviewers Look For": a section named in title case
    if re.match(r"(?i)how\s+to\b", cleaned):
        return len(cleaned.split()) >= 4  # "How to prepare" names a section
    if re.fullmatch(r"(?i)introduce\s+yourself\W*", cleaned):
        return True  # the first question of most interviews, in two words
    # words, each Chinese or Japanese character one ("手写CNN": three)
    cjk = "\u3040-\u30ff\u4e00-\u9fff"
    return len(re.findall(rf"[{cjk}]|[^\W\d_{cjk}](?:[^\W{cjk}]|['’-])*", cleaned)) >= 3


_LABELLED_PROBLEM = re.compile(r"(?i)^\s*(?:\*\*|__)\s*(?:problem|task|exercise)\s*[:：]")
_PROBLEM_POINT = re.compile(
    r"(?i)^\s*[-*+]\s+(?:\*\*|__)?(?:requirements?|output|input|constraints?|expected\s+output|"
    r"given|goal|schema|tables?|data)\s*(?:\*\*|__)?\s*[:：]"
)


def _states_the_problem(asked: str, points: str) -> bool:
    """Whether the bullets under a labelled problem ("**Problem:** Website Logs") state
    it rather than answer it: the problem is only named (a title that does not ask) and
    they are all bullets, or they open with its requirement, input or output."""
    rows = [row for row in points.split("\n") if row.strip()]
    if not rows or not re.match(r"\s*[-*+]\s", rows[0]):
        return False
    if _PROBLEM_POINT.match(rows[0]):
        return True
    return (
        _kind(asked) is None
        and len(asked.split()) <= 8
        and all(re.match(r"\s*(?:[-*+]|\d{1,2}[.)])\s", row) for row in rows)
    )


def _at_answer_label(body: str) -> tuple[str, str] | None:
    """(what comes before, the answer) when a paragraph of its own only labels the answer
    ("**Answer**" under "**Question**", the problem's paragraphs and its code); None
    otherwise."""
    parts = re.split(
        # ("**Answer**:", the colon after the bold; "**답안**:", "answer" in Korean)
        r"(?im)^[ \t]*(?:\*\*|__)\s*(?:answers?|solution|답안|정답|答案|解答|respuesta|resposta|"
        r"r[ée]ponse|antwort|l[öo]sung|ответ)\s*[:：]?\s*(?:\*\*|__)[ \t]*[:：]?[ \t]*(?:\n|$)",
        body,
        maxsplit=1,
    )
    if len(parts) == 2 and parts[0].strip() and re.search(r"\n[ \t]*\n\s*$", parts[0]):
        return parts[0].strip(), tidy_answer(parts[1])
    return None


def _at_answer_heading(body: str) -> tuple[str, str] | None:
    """(what comes before, the answer) when the first heading in `body` only labels the
    answer ("#### Solution"); None otherwise."""
    parts = re.split(r"(?m)^#{1,6}\s+(.*)\n?", body, maxsplit=1)
    if len(parts) == 3 and _ANSWER_HEADING.fullmatch(_normal(_unwrapped(parts[1]))):
        return parts[0].strip(), tidy_answer(parts[2])
    return None


def _answer_under_code(body: str) -> tuple[str, str] | None:
    """(what is shown, the answer) when `body` opens on a heading that only labels the
    answer ("### 정답"), or on one that labels code ("### 코드", "### Code") over that code
    and then the answer's heading; None otherwise."""
    keyed = _at_answer_heading(body)
    if keyed is not None:
        return ("", keyed[1]) if not keyed[0] else None
    code = re.match(r"(?i)#{1,6}[ \t]*(?:코드|code|代码|コード|given)[ \t]*:?[ \t]*\n", body)
    if code is None:
        return None
    keyed = _at_answer_heading(body[code.end() :])
    return (keyed[0], keyed[1]) if keyed is not None and keyed[0] else None


def _without_stamps(content: str) -> str:
    """A paragraph without its lines that only stamp a time or a vote ("+1")."""
    rows = content.split("\n")
    kept = [row for row in rows if not _TIME_STAMP.fullmatch(row.strip())]
    return "\n".join(kept) if kept and len(kept) < len(rows) else content


def _after_plain_header(content: str) -> str:
    """A paragraph without its first line when that line is a header in plain text over
    the question below it ("✅ 15 Core Questions" / "What is an RDD?"; "🟢 Easy: …")."""
    first, newline, rest = content.partition("\n")
    plain = _LEAD_SYMBOLS.sub("", first).strip()
    if (
        newline
        and rest.strip()
        and len(plain.split()) <= 10
        and (
            _QUESTIONS_HEADING.search(plain)
            or _level_heading(first, {}) is not None
            or _LEVEL_HEADER.match(plain)
        )
        and not re.search(r"[?？.:：]\s*$", plain)
    ):
        return rest.strip()
    return content


_LETTER_LABEL = re.compile(r"([A-Z])\)\s+(\S.*)", re.DOTALL)
"""A paragraph opened by a capital letter and a parenthesis ("A) Schreiben Sie …")."""


def _lettered_tasks(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """0-based first lines of paragraphs lettered A), B), C) … in order, three or more,
    each of them asking or setting a task ("A) Schreiben Sie ein Programm, das …"): the
    document's tasks, headings between them or not; not a stem's choices, which state."""
    found: set[int] = set()
    run: list[int] = []
    expected = "A"
    for position, token in enumerate(tokens[:-1]):
        if token.type != "paragraph_open" or token.level != 0 or token.map is None:
            continue
        label = _LETTER_LABEL.fullmatch(tokens[position + 1].content.strip())
        if label is None:
            continue
        said = re.sub(r"\s*\n\s*", " ", label.group(2))
        # (once three are set, "P) Zähle die Buchstaben: Schreiben Sie …" asks later)
        asks = _kind(said, legend) is not None or (len(run) >= 3 and _asks_somewhere(said, legend))
        if label.group(1) == "A":
            if len(run) >= 3:
                found.update(run)
            run, expected = [], "A"
        if label.group(1) != expected or not asks:
            if len(run) >= 3:
                found.update(run)
            run, expected = [], "?"
            continue
        run.append(token.map[0])
        expected = chr(ord(expected) + 1)
    if len(run) >= 3:
        found.update(run)
    return found


def _part_numbered_paragraphs(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """0-based first lines of paragraphs numbered as parts of numbered sections ("1.1
    Explica …", "1.2 ¿Cuál es …?", "2.1 Proporciona …"), each asking: three or more in the
    document, two in three of all such paragraphs, they are its questions."""
    numbered = [
        (token.map[0], _kind(re.sub(r"\s*\n\s*", " ", part.group(1)), legend) is not None)
        for position, token in enumerate(tokens[:-1])
        if token.type == "paragraph_open"
        and token.level == 0
        and token.map is not None
        and (
            part := re.match(
                r"\d{1,2}\.\d{1,2}\.?[ \t]+(\S.*)", tokens[position + 1].content, re.DOTALL
            )
        )
        is not None
    ]
    asking = [line for line, asks in numbered if asks]
    if len(asking) < 3 or len(asking) * 3 < len(numbered) * 2:
        return set()
    return set(asking)


def _one_paragraph_slides(tokens: Sequence[Token]) -> set[int]:
    """Paragraphs that each stand alone between rules ("---", a deck of slides), five or
    more and three in four of the document's, half of them or more asking with a mark:
    their token indexes, else empty."""
    alone = [
        position
        for position, token in enumerate(tokens)
        if token.type == "paragraph_open"
        and token.level == 0
        # (the first slide opens the deck, with no rule above it)
        and (position == 0 or tokens[position - 1].type == "hr")
        # (and the last closes it, with none below)
        and (position + 3 >= len(tokens) or tokens[position + 3].type == "hr")
    ]
    paragraphs = sum(t.type == "paragraph_open" and t.level == 0 for t in tokens)
    if len(alone) < 5 or len(alone) * 4 < paragraphs * 3:
        return set()
    asking = sum(_ends_as_question(tokens[p + 1].content.strip()) for p in alone)
    return set(alone) if asking * 2 >= len(alone) else set()


def _question_paragraph_runs(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """0-based first lines of paragraphs that are questions one per paragraph: at least
    3 one-line paragraphs in a row, each asking, at least 2 in 3 with a question mark or
    marker (an instruction such as "Describe the stages …" may sit among them)."""
    runs: set[int] = set()
    shorter: list[list[tuple[int, str | None]]] = []
    current: list[tuple[int, str | None]] = []

    weak: set[int] = set()  # prose that ends by asking ("Lastly, it cost sleep. Worth it?")
    lettered = _lettered_tasks(tokens, legend)
    slides = _one_paragraph_slides(tokens)

    def flush() -> None:
        marked = sum(kind == "mark" for _, kind in current)
        strong = sum(line not in weak for line, _ in current)
        if len(current) >= 3 and marked * 3 >= len(current) * 2 and strong * 3 >= len(current) * 2:
            runs.update(line for line, _ in current)
        elif current and strong:
            shorter.append(list(current))
        current.clear()

    for position, token in enumerate(tokens):
        if token.level != 0 or token.type.endswith("_close") or token.type == "inline":
            continue
        if token.type == "hr" and slides:
            continue  # (slides of one question each: the rules between them part nothing)
        if token.type != "paragraph_open" or token.map is None:
            flush()
            continue
        content = _after_plain_header(_without_stamps(tokens[position + 1].content.strip()))
        # a question wrapped over a few lines is one paragraph still
        rows = content.split("\n")
        wrapped = len(rows) < 4 and not (
            # a question over lines, not lines of questions or a question and its answer
            any(_ends_as_question(r) for r in rows[:-1])
            or any(_ANSWER_LABEL.match(r) for r in rows[1:])
            or _bare_question_lines(rows, legend)
        )
        joined = re.sub(r"\s*\n\s*", " ", content) if wrapped else ""
        if (
            not joined
            and len(rows) >= 2
            and _ANSWER_LABEL.match(rows[1])
            and _ends_as_question(_BARE_URL_TAIL.sub("", _split_source(rows[0])[0]))
        ):
            # "💬 What …?" then "Ans: …" in one paragraph: still one a line
            joined = _BARE_URL_TAIL.sub("", _split_source(rows[0])[0])
        kind = _kind(joined, legend) if joined else None
        if kind is None and slides and position in slides and re.search(r"[:：]\s*$", joined):
            # "The resolution limit in modularity maximization means that:" alone on its
            # slide, among slides that ask: a stem whose choices the slides leave out
            kind = "mark"
        if kind is None or len(joined) > 400 or _bold_line(tokens[position + 1], legend):
            flush()
            continue
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", joined)
        if len(sentences) > 1 and _kind(sentences[0], legend) is None:
            weak.add(token.map[0])
        current.append((token.map[0], kind))
    flush()
    runs.update(lettered)  # "B) Schreiben Sie ein Programm, …" after "A) …": tasks set
    runs.update(_part_numbered_paragraphs(tokens, legend))
    if runs:
        # the document asks one question a paragraph: shorter runs elsewhere in it are
        # its questions too ("Can they derive …?" after an "(by …)" line)
        for run in shorter:
            if len(run) >= 2 or run[0][1] == "mark":
                runs.update(line for line, _ in run)
    return runs


_ANSWER_PART = re.compile(
    r"(?i)\W*(?:the\s+)?(?:interview\s+)?(?:question|prompt|hints?(?:\s*\(.*\))?|"
    r"(?:model\s+|sample\s+|reference\s+)?(?:solution|answer)s?|"
    r"what\s+(?:the\s+)?interviewers?\s+(?:is|are)\s+looking\s+for|rubric|"
    r"evaluation(?:\s+criteria)?|(?:red|green)\s+flags|key\s+points|" + _FOLLOW_UPS_NAME + r")\W*"
)
"""Names of the parts of one question's write-up ("#### Hints (If Candidate is Stuck)")."""
_SUBSECTION = re.compile(r"(?m)^#{1,6}[ \t]+(.+?)[ \t#]*$")


def _question_subsections(item: Found, body: str) -> str:
    """A heading question whose parts are sub-headings ("## Q3: Memory design", then
    "### Interview Question" over the question, "### Follow Up Questions" over a list):
    the question asked, and the follow-ups, come out of the answer."""
    heads = list(_SUBSECTION.finditer(body))
    if not heads:
        return body
    kept = [body[: heads[0].start()]]
    changed = False
    for number, head in enumerate(heads):
        stop = heads[number + 1].start() if number + 1 < len(heads) else len(body)
        text = body[head.end() : stop]
        plain = _LEAD_SYMBOLS.sub("", _normal(head.group(1))).strip(" *_:")  # "🪤 追问"
        if re.fullmatch(r"(?i)(?:the\s+)?(?:interview\s+)?(?:question|prompt)", plain):
            asked = _BULLET_LEAD.sub("", text.strip().split("\n\n", 1)[0])
            if asked and _kind(asked) is not None:
                item.text = re.sub(r"\s*\n\s*", " ", asked.strip().strip('"“”'))
                changed = True
                continue
        if re.fullmatch(
            r"(?i)(?:the\s+)?(?:problem(?:\s+statement)?|task|statement|description|"
            r"题目描述|问题描述|题目|задача|условие)",
            plain,
        ):
            # "## 1. Reverse a String" over "### Problem" and "Reverse a given string.",
            # then "### Solution": the statement is part of what is asked
            statement = text.strip()
            if statement and len(statement) <= 3000:
                item.text = f"{item.text}\n\n{statement}"
                changed = True
                continue
        if re.fullmatch(r"(?i)hints?(?:\s*\(.*\))?", plain):
            # "**Hint 1**: Format history" / ""What did GGML lack?"": hints, not answer
            hints = [
                _BULLET_LEAD.sub("", block).strip()
                for block in re.split(r"\n\s*\n", text.strip())
                if block.strip() and not re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", block)
            ]
            if hints:
                item.hints.extend(re.sub(r"\s*\n\s*", " ", h) for h in hints)
                changed = True
                continue
        # ("🔁 Continued: 10 Follow-up Questions on `context.Context`")
        if re.fullmatch(
            r"(?i)(?:continued\s*[:：]?\s*)?(?:\d{1,2}\s+)?(?:more\s+)?(?:"
            + _FOLLOW_UPS_NAME
            + r")(?:\s+(?:on|about|for)\s+[^\n]{1,60})?",
            plain,
        ):
            rows = [row for row in text.splitlines() if row.strip()]
            # "**1. How do you create a cancellable context?**" over its answer
            bold_asks = [
                _clean(bold.group(2))[0]
                for row in rows
                if (bold := re.match(r"\s*(\*\*|__)\s*\d{1,2}[.)]\s*(.+?)\1\s*$", row))
                and _ends_as_question(bold.group(2))
            ]
            asks = (
                bold_asks
                if len(bold_asks) >= 2
                else [
                    _clean(asked)[0]
                    for row in rows
                    # top-level points only: "  1. **可更新** …" under one answers it
                    if re.match(r"(?:[-*+]|\d+[.)])\s", row)
                    and (asked := _BULLET_LEAD.sub("", row).strip())
                ]
            )
            first = text.strip().split("\n\n", 1)[0].strip()
            if not asks and first and "\n" not in first and _ends_as_question(first):
                asks = [first]  # "### Follow-up Question" over "How would you roll back?"
            if asks:
                item.follow_ups.extend(a for a in asks if a not in item.follow_ups)
                changed = True
                if len(rows) == len(asks):
                    continue  # only the follow-up questions: they leave the answer
                # "- **Q：…？**" then "  A：…": the follow-ups are answered here; their
                # answers stay with the answer
        numbered = re.fullmatch(
            r"(?i)(?:" + _FOLLOW_UPS_NAME + r")\s*\d{0,2}\s*[:：.]\s*(.+)", plain
        )
        if numbered and _ends_as_question(numbered.group(1)):
            # "### 꼬리 질문 1: Rebalance를 피할 수 있나요?": a follow-up asked in its heading,
            # its answer under it (which stays in the answer)
            item.follow_ups.append(numbered.group(1).strip())
        kept.append(body[head.start() : stop])
    return tidy_answer("".join(kept)) if changed else body


_HTML_CELL = re.compile(r"(?is)^\s*<(t[hd])\b[^>]*>(.*?)</t[hd]>\s*$")
_HTML_SHELL = re.compile(
    r"(?i)^\s*(?:</?(?:table|tr|thead|tbody|tfoot)\b[^>]*>|<td\b[^>]*>|</td>|<th\b[^>]*>|</th>)\s*$"
)


def _first_line(token: Token) -> int:
    """The 0-based first line of a block token (0 when markdown-it gave none)."""
    return token.map[0] if token.map else 0


def _markdown_fences_opened(text: str) -> str:
    """A document pasted whole inside a ```` ```markdown ```` fence (as a chat assistant
    answers), read as the Markdown it is: the wrapper's two lines become blank. Its own
    fences inside ("```dockerfile" … "```") are matched first, so the wrapper's closing
    line is the bare fence left over."""
    lines = text.split("\n")
    at = 0
    while at < len(lines):
        opener = re.fullmatch(
            r"[ \t]{0,3}(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*", lines[at], re.I
        )
        if opener is None:
            at += 1
            continue
        mark = opener.group(1)[0]
        nested = False
        close = None
        for n in range(at + 1, len(lines)):
            fence = re.fullmatch(
                rf"[ \t]{{0,3}}({re.escape(mark)}{{3,}})[ \t]*(\S*)[ \t]*", lines[n]
            )
            if fence is None:
                continue
            if fence.group(2):
                nested = True  # "```dockerfile": a fence of the document's own
            elif nested:
                nested = False
            else:
                close = n
                break
        # (unclosed, CommonMark reads it to the end as code; a pasted list that asks is
        # still the Markdown it was meant to be: "````markdown" never closed over "1.
        # How do you specify the interpreter …?" and ninety-nine more)
        unclosed = close is None
        if close is None:
            close = len(lines)
        inside = lines[at + 1 : close]
        headings = sum(bool(re.match(r"[ \t]{0,3}#{1,6}\s", row)) for row in inside)
        asking = sum(bool(re.search(r"[?？][*_\s]*$", row)) for row in inside)
        # a list of questions, not an example of Markdown in an answer (a runbook's
        # headings, none of which asks)
        if headings >= 2 and asking >= 3:
            lines[at] = ""
            if not unclosed:
                lines[close] = ""
        at = close + 1
    return "\n".join(lines)


_NUMBERED_ASK = re.compile(r"[ \t]{0,3}(?:\d{1,3}[.)]|Q\d{0,3}[.:)])[ \t]+\S.*[?？][*_ \t]*")


def _unclosed_fence_opened(text: str) -> str:
    """A fence opened and never closed ("```shift" typed by mistake) over a numbered list
    that asks ("21. How do you join two strings together?" and fifty more): CommonMark
    reads the rest of the file as code; the list is the Markdown it was meant to be, so
    the opener becomes blank. A fence that is closed anywhere, or whose lines do not ask
    at least three numbered questions, stays code."""
    lines = text.split("\n")
    # the lines that could close a fence, and how many lines that ask lie from each on
    bare = [
        (n, found.group(1))
        for n, row in enumerate(lines)
        if (found := re.fullmatch(r"[ \t]*(`{3,}|~{3,})[ \t]*", row))
    ]
    bare_at = [n for n, _ in bare]
    asking = [0] * (len(lines) + 1)
    for n in range(len(lines) - 1, -1, -1):
        asking[n] = asking[n + 1] + bool(_NUMBERED_ASK.fullmatch(lines[n]))
    at = 0
    while at < len(lines):
        opener = re.fullmatch(r"[ \t]{0,3}(`{3,}|~{3,})([^`]*)", lines[at])
        if opener is None:
            at += 1
            continue
        mark = opener.group(1)
        close = next(
            (
                bare[j][0]
                for j in range(bisect.bisect_right(bare_at, at), len(bare))
                if bare[j][1][0] == mark[0] and len(bare[j][1]) >= len(mark)
            ),
            None,
        )
        if close is not None:
            at = close + 1
            continue
        if asking[at + 1] < 3:
            break  # code to the end: nothing after it opens another fence
        lines[at] = ""  # (what follows is Markdown again, perhaps with another slip)
        at += 1
    return "\n".join(lines)


def _html_list_lines(text: str) -> str:
    """`<ul>`/`<ol>` blocks whose items are each one line (`<li> … </li>`) as Markdown
    lists; anything else in the block leaves it as it is."""
    lines = text.split("\n")
    if not re.search(r"(?i)<(?:ul|ol)\b", text):
        # "<li>One method is to delete …" line after line, never closed and with no
        # <ul> around them: a bullet list typed in HTML
        bare = [n for n, row in enumerate(lines) if re.match(r"(?i)[ \t]{0,3}<li>(?!.*</li>)", row)]
        if len(bare) >= 3:
            for n in bare:
                lines[n] = re.sub(r"(?i)^([ \t]{0,3})<li>[ \t]*", r"\1- ", lines[n], count=1)
            for n, row in enumerate(lines):
                # "  <b>5. Examples of …?</b>" indented by mistake: the next question,
                # not more of the item above it
                if re.match(r"(?i)[ \t]+<(b|strong)>[ \t]*\d{1,3}[.)]", row):
                    lines[n] = row.lstrip()
        return "\n".join(lines)
    at = 0
    while at < len(lines):
        opener = re.fullmatch(r"\s*<(ul|ol)\b[^>]*>\s*", lines[at], re.IGNORECASE)
        if opener is None:
            at += 1
            continue
        tag = opener.group(1).lower()
        close = next(
            (
                n
                for n in range(at + 1, min(at + 300, len(lines)))
                if re.fullmatch(rf"\s*</{tag}>\s*", lines[n], re.IGNORECASE)
            ),
            None,
        )
        items = lines[at + 1 : close] if close is not None else []
        cells = [re.fullmatch(r"\s*<li\b[^>]*>(.*?)</li>\s*", row, re.IGNORECASE) for row in items]
        if close is None or not items or not all(cells):
            at += 1
            continue
        marker = "1." if tag == "ol" else "-"
        lines[at] = ""
        for n, cell in enumerate(cells, start=at + 1):
            lines[n] = f"{marker} {cell.group(1).strip()}" if cell else lines[n]
        lines[close] = ""
        at = close + 1
    return "\n".join(lines)


def _summaries_on_one_line(text: str) -> str:
    """A `<summary>` whose words run on to the next line or two ("<summary>… 대해" then
    "설명해주세요.</summary>"), joined on its first line; the lines it took become blank
    (line numbers stay)."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        lowered = line.lower()
        if "<summary" not in lowered or "</summary>" in lowered:
            continue
        close = next(
            (n for n in range(at + 1, min(at + 4, len(lines))) if "</summary>" in lines[n].lower()),
            None,
        )
        if close is None or any(not lines[n].strip() for n in range(at + 1, close + 1)):
            continue
        lines[at] = " ".join([line.rstrip(), *(lines[n].strip() for n in range(at + 1, close + 1))])
        for n in range(at + 1, close + 1):
            lines[n] = ""
    return "\n".join(lines)


def _problem_tables(text: str) -> str:
    """HTML tables that each hold one problem ("<th>EXERCISE 1</th>", the task in the next
    row's first cell, a <details> answer in the last row), rewritten line for line as a
    heading, the task's paragraph and the answer, so the rules for those read them; the
    table's other lines become blank (line numbers stay)."""

    def rewrite(rows: list[str]) -> list[str]:
        labels = [
            n
            for n, row in enumerate(rows)
            if (cell := _HTML_CELL.match(row)) is not None
            and cell.group(1).lower() == "th"
            and _PROBLEM_LABEL.fullmatch(_normal(re.sub(r"<[^>]+>", "", cell.group(2))).strip())
        ]
        if len(labels) != 1:
            return rows
        out: list[str] = []
        task_taken = False
        folded = False  # inside the <details> answer: kept as it is
        for n, row in enumerate(rows):
            lowered = row.lower()
            if "<details" in lowered:
                folded = True
            if folded:
                out.append("" if _HTML_SHELL.match(row) else row)
                if "</details>" in lowered:
                    folded = False
                continue
            cell = _HTML_CELL.match(row)
            if n == labels[0] and cell is not None:
                out.append("### " + re.sub(r"<[^>]+>", "", cell.group(2)).strip())
            elif cell is not None and cell.group(1).lower() == "td" and not task_taken:
                inner = cell.group(2).strip()
                inner = re.sub(r"(?i)</?(?:strong|b)>", "**", inner)
                inner = re.sub(r"(?i)</?(?:em|i)>", "*", inner)
                inner = re.sub(r"(?i)</?code>", "`", inner)
                inner = re.sub(r"(?i)<img\b[^>]*>", "", inner).strip()
                if re.search(r"[^\W_]", re.sub(r"<[^>]+>", "", inner)):
                    out.append(inner)
                    task_taken = True
                else:
                    out.append("")
            elif _HTML_SHELL.match(row) or cell is not None:
                out.append("")
            else:
                out.append(row)
        return out

    # line by line (a table is closed within 200 lines, or left alone): linear in the
    # size of the document, whatever its tags
    lines = text.split("\n")
    at = 0
    while at < len(lines):
        if not re.match(r"(?i)[ \t]*<table\b", lines[at]):
            at += 1
            continue
        close = next(
            (n for n in range(at, min(at + 200, len(lines))) if "</table>" in lines[n].lower()),
            None,
        )
        if close is None:
            at += 1
            continue
        lines[at : close + 1] = rewrite(lines[at : close + 1])
        at = close + 1
    return "\n".join(lines)


def _most_of_level(per_level: dict[int, list[int]], bodied: dict[int, int], least: int) -> set[int]:
    """The headings of each level where at least `least` headings, and three in four of
    those with a body, are of the kind counted (token indexes)."""
    return {
        index
        for level, found in per_level.items()
        if len(found) >= least and len(found) * 4 >= bodied[level] * 3
        for index in found
    }


def _top_headings(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(token index, level) of every heading outside lists and quotes, in order."""
    return [
        (index, int(token.tag[1]))
        for index, token in enumerate(tokens)
        if token.type == "heading_open" and token.level == 0
    ]


def _named_headings(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """(token index, level, normalised text) of every heading outside lists and quotes."""
    return [
        (index, level, _normal(_heading_text(tokens[index + 1])))
        for index, level in _top_headings(tokens)
        if index + 1 < len(tokens)
    ]


def _joined_up(paragraph: str) -> str:
    """A paragraph's lines joined into sentences, its options ("- A) …", "b. …") kept one a
    line under them."""
    rows = [row.strip() for row in paragraph.strip().split("\n") if row.strip()]
    option = re.compile(r"(?:[-*+]|\d{1,2}[.)]|\(?[A-Ha-h][.)])\s+\S")
    at = next((n for n, row in enumerate(rows) if n > 0 and option.match(row)), len(rows))
    if at == len(rows) or not all(option.match(row) for row in rows[at:]):
        return " ".join(rows)
    return "\n".join([" ".join(rows[:at]), "", *rows[at:]])


_FENCED_DIV = re.compile(r"(?i)^[ \t]*:{3,}[ \t]*(?:\{?\.?([\w-]*)\}?)?[ \t]*:*[ \t]*$")


_MYST_COLON_DIRECTIVE = re.compile(
    r"(?i)^[ \t]*:{3,}[ \t]*\{(?:admonition|note|tip|exercise|question)\}[ \t]*(.*)$"
)


_EXERCISE_TITLE = re.compile(r"[\W_]*\d{1,3}(?:[-.]\d{1,3})?\s*[.):：、]\s*\S")
"""A title numbered as an exercise ("2-01：求年龄", "3. Two sum")."""

_NUMBERED_TITLE = re.compile(r"[\W_]*\d{1,3}[.)]\s")
"""A title that numbers its question ("🔹 **2. Validate a password**")."""

_CHALLENGE_IAL = re.compile(r"[ \t]{0,3}\{:[ \t]*\.(?:challenge|exercise)\b[^}\n]*\}[ \t]*")
"""The kramdown mark under a Carpentries lesson's exercise ("{: .challenge}"), which
closes the quote above it ("> ## Title", the task, "> > ## Solution" … "> {: .solution}")."""

_KRAMDOWN_IAL = re.compile(r"[ \t]*\{:[ \t]*\.[\w-]+[^}\n]*\}[ \t]*")
_QUOTE_MARKS = re.compile(r"(?:[ \t]{0,3}>[ \t]?)+")
_ATX = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*")


def _carpentries_challenges(text: str) -> tuple[str, dict[int, int]]:
    """The exercises of a Carpentries lesson: a quote from "> ## Title" down to the
    "{: .challenge}" under it, or a Workbench div ("::::: challenge" over "## Title", its
    task and a "::::: solution" div). Each title becomes a heading of its own, the quote
    marks and fences go, a rule ("***") stands where the solution starts and the other
    headings inside are bold (line count unchanged). With the text, the 0-based line of
    each title and the line where its exercise ends (exclusive)."""
    lines = text.split("\n")
    ends: dict[int, int] = {}

    def heading_kept(at: int, title: str) -> None:
        lines[at] = f"**{title}**" if title else ""

    if "{:" in text:
        for at, line in enumerate(lines):
            if not (
                _CHALLENGE_IAL.fullmatch(line) and at and lines[at - 1].lstrip().startswith(">")
            ):
                continue
            top = at - 1
            while top > 0 and lines[top - 1].lstrip().startswith(">"):
                top -= 1
            first = _ATX.fullmatch(_QUOTE_MARKS.sub("", lines[top], count=1))
            if first is None or top in ends:
                continue
            ruled = False
            for inside in range(top, at):
                marks = _QUOTE_MARKS.match(lines[inside])
                depth = marks.group(0).count(">") if marks else 0
                words = lines[inside][marks.end() :] if marks else lines[inside]
                heading = _ATX.fullmatch(words)
                if inside == top:
                    lines[inside] = f"###### {first.group(1)}"
                elif _KRAMDOWN_IAL.fullmatch(words):
                    lines[inside] = ""
                elif heading is not None and depth >= 2 and not ruled:
                    lines[inside] = "***"  # "> > ## Solution": the answer starts
                    ruled = True
                elif heading is not None:
                    heading_kept(inside, heading.group(1))
                else:
                    lines[inside] = words
            lines[at] = ""
            ends[top] = at
    if ":::" in text:
        stack: list[tuple[str, int]] = []  # (kind, line) of the open divs
        opened: dict[int, int] = {}  # a challenge's fence → its title line
        done: set[int] = set()  # lines already rewritten (a title, a solution's heading)
        for at, line in _outside_fences(list(lines)):
            fence = _FENCED_DIV.match(line)
            kind = fence.group(1).lower() if fence is not None and fence.group(1) else ""
            inside = any(k == "challenge" for k, _ in stack)
            if kind and (
                kind not in ("challenge", "solution") or (kind == "solution" and not inside)
            ):
                # "::: hint" inside a challenge (or a solution outside one): a div of its
                # own, closed by its own fence
                stack.append(("other", at))
                if inside:
                    lines[at] = ""
                continue
            if kind:
                stack.append((kind, at))
                below = next((n for n in range(at + 1, len(lines)) if lines[n].strip()), None)
                heading = _ATX.fullmatch(lines[below]) if below is not None else None
                if below is not None and heading is not None:
                    done.add(below)
                if kind == "challenge":
                    if heading is not None and below is not None:
                        lines[at], lines[below] = "", f"###### {heading.group(1)}"
                        opened[at] = below
                    else:
                        lines[at] = "###### Challenge"
                        opened[at] = at
                else:
                    lines[at] = "***"
                    if heading is not None and below is not None:
                        # "## Solution" under the fence: the rule says as much
                        heading_kept(
                            below,
                            "" if _ANSWER_HEADING.fullmatch(heading.group(1)) else heading.group(1),
                        )
            elif fence is not None and stack:
                kind, start = stack.pop()
                if kind in ("challenge", "solution") or any(k == "challenge" for k, _ in stack):
                    lines[at] = ""
                if kind == "challenge":
                    ends[opened[start]] = at
            elif at not in done and inside:
                heading = _ATX.fullmatch(line)
                if heading is not None:
                    heading_kept(at, heading.group(1))
    return "\n".join(lines), ends


_CALLOUT = re.compile(r"(?i)^[ \t]{0,3}>[ \t]*\[!([a-z-]+)\][+-]?[ \t]*(.*?)[ \t]*$")
_QUESTION_CALLOUTS = ("question", "faq", "help", "quiz", "exercise", "problem")
_ANSWER_CALLOUTS = ("answer", "solution", "success", "check")


def _callouts(text: str) -> str:
    """Obsidian's callouts of questions ("> [!question] 1.a" over "> What does a root
    locus plot depict?", or "> [!faq] What is …?" over its answer), and the answers in
    callouts under them ("> [!answer]-"): out of the quote, each question callout a
    heading ("###### Question" where its title only numbers it), each answer callout
    labelled as one (line count unchanged)."""
    lines = text.split("\n")
    marks = [(at, m) for at, line in _outside_fences(lines) if (m := _CALLOUT.match(line))]
    if not any(m.group(1).lower() in _QUESTION_CALLOUTS for _, m in marks):
        return text
    for at, found in marks:
        kind, title = found.group(1).lower(), found.group(2)
        if kind not in _QUESTION_CALLOUTS + _ANSWER_CALLOUTS:
            continue
        if kind in _ANSWER_CALLOUTS:
            lines[at] = "**Answer:**"
        else:
            lines[at] = (
                f"###### {title}" if title and _kind(title) is not None else "###### Question"
            )
        below = at + 1
        while below < len(lines) and re.match(r"[ \t]{0,3}>", lines[below]):
            if _CALLOUT.match(lines[below]):
                break
            lines[below] = re.sub(r"^[ \t]{0,3}>[ \t]?", "", lines[below])
            below += 1
    return "\n".join(lines)


def _fenced_div_questions(text: str) -> str:
    """A quiz in Pandoc's fenced divs ("::: question :::" over the question and its
    choices, "::: hints" over its hints, ":::" closing), two or more questions: each
    question's div opens with a "#### Question" label, each line of a hints div is a
    "**Hint:**", and the other fences are blank (line count unchanged)."""
    lines = text.split("\n")
    directives = [
        (at, m.group(1).strip())
        for at, line in enumerate(lines)
        if (m := _MYST_COLON_DIRECTIVE.match(line))
    ]
    answers = {at for at, title in directives if _ANSWER_HEADING.fullmatch(title)}
    if len(answers) >= 2:
        # MyST's "::::{admonition} Confidence intervals" over "*Bayesian confidence
        # intervals: how are they defined?*" and a nested ":::{admonition} Answer": the
        # title heads the question, the nested one labels its answer
        for at, title in directives:
            lines[at] = "**Answer:**" if at in answers else f"#### {title or 'Question'}"
        for at, line in enumerate(lines):
            if re.fullmatch(r"[ \t]*:{3,}[ \t]*", line) or re.match(r"[ \t]*:class:", line):
                lines[at] = ""
        return "\n".join(lines)
    kinds = [
        (at, m.group(1).lower()) for at, line in enumerate(lines) if (m := _FENCED_DIV.match(line))
    ]
    if sum(kind in ("question", "exercise", "problem") for _, kind in kinds) < 2:
        return text
    fences = {at for at, _ in kinds}
    for at, kind in kinds:
        if kind in ("question", "exercise", "problem"):
            lines[at] = "#### Question"
        elif kind in ("hint", "hints"):
            # "- LIFO means …" under it: each line a hint of its own
            lines[at] = ""
            below = at + 1
            while below < len(lines) and below not in fences:
                if lines[below].strip():
                    words = re.sub(r"^\s*(?:[-*+]\s+)?", "", lines[below])
                    lines[below] = f"**Hint:** {words}"
                below += 1
        elif kind in ("answer", "solution"):
            lines[at] = "**Answer:**"
        else:
            lines[at] = ""
    return "\n".join(lines)


_DIV_OPEN = re.compile(r"(?i)^[ \t]*<div\b[^>\n]*>[ \t]*(?=\S)(?!<)")


_SELECT_ONE = re.compile(
    r"(?im)^[ \t]*(?:\*\*|__)?(?:select\s+one(?:\s+or\s+more)?|"
    # the same in Moodle's other languages: Italian, Spanish, Portuguese, French, German
    r"scegli\s+(?:un['’]alternativa|una\s+o\s+pi[uù]\s+alternative)|"
    r"seleccione\s+una(?:\s+o\s+m[aá]s(?:\s+de\s+una)?)?|escolha\s+uma(?:\s+ou\s+mais)?(?:\s+op[çc][ãa]o)?|"
    r"veuillez\s+choisir\s+(?:une|au\s+moins\s+une)\s+r[ée]ponse|"
    r"w[äa]hlen\s+sie\s+(?:eine|eine\s+oder\s+mehrere)\s+antworten?)"
    r"\s*[:.]?(?:\*\*|__)?[ \t]*$"
    # (the letter may stand alone on its line, its choice on the next: "a." / ".a[href]")
    r"(?=\n(?:[ \t]*\n)*[ \t]*(?:[-*+][ \t]+\[[ xX]\]|[-*+]?[ \t]*\(?[a-hA-H][.)](?:[ \t]|$)))"
)
"""The line a quiz exported from Moodle puts over the options ("Select one:", "Select one
or more:"): how to answer, blanked (line count unchanged) so the options join the stem."""


_QUIZ_TAG = re.compile(r"(?im)^[ \t]{0,3}</?quiz>[ \t]*$")


_FIELD_QUIZ_TAG = re.compile(r"(?i)[ \t]{0,3}<\?/?quiz\?>[ \t]*")
_QUIZ_LABEL = re.compile(
    r"(?i)[\W_]*(?:question|quest[ãa]o|pregunta|frage|domanda|q)\s*#?\s*\d{1,4}\b"
)
_QUIZ_FIELD = re.compile(r"(?i)[ \t]{0,3}(question|answer-correct|answer|content)[ \t]*:[ \t]*(.*)")


def _field_quiz_blocks(text: str) -> str:
    """Questions of the older mkdocs-quiz syntax ("<?quiz?>", "question: …", an
    "answer-correct: …" and "answer: …" for each choice, "content:" and the explanation,
    "<?/quiz?>"), twice or more: the question a heading over its choices as boxes, the
    right ones ticked, and the explanation below (line count unchanged)."""
    lines = text.split("\n")
    if sum(1 for line in lines if _FIELD_QUIZ_TAG.fullmatch(line)) < 4:
        return text
    opened = False
    for at, line in enumerate(lines):
        if _FIELD_QUIZ_TAG.fullmatch(line):
            opened = "/" not in line
            lines[at] = ""
            continue
        field = _QUIZ_FIELD.fullmatch(line) if opened else None
        if field is None:
            continue
        name, value = field.group(1).lower(), field.group(2).strip()
        # ("answer-correct: <code>kubectl get pods</code>": code, as Markdown writes it)
        value = re.sub(r"(?i)<code>([^<`\n]*)</code>", r"`\1`", value)
        if name == "question":
            # (under a heading that labels it, "## Questão 1: Importância da
            # Documentação", the question takes the label's place; under a topic's
            # heading, a heading below it)
            above = at - 1
            while above >= 0 and not lines[above].strip():
                above -= 1
            titled = re.match(r"[ \t]{0,3}(#{1,6})[ \t]+(.*)", lines[above]) if above >= 0 else None
            if titled and value and _QUIZ_LABEL.match(titled.group(2)):
                # (the label and the topic it names give way to the question itself)
                lines[above], lines[at] = f"{titled.group(1)} {value}", ""
            elif value:
                level = min(len(titled.group(1)) + 1, 6) if titled else 4
                lines[at] = f"{'#' * level} {value}"
            else:
                lines[at] = ""
        elif name == "content":
            lines[at] = value
        else:
            lines[at] = f"- [{'x' if name == 'answer-correct' else ' '}] {value}"
    return "\n".join(lines)


def _quiz_blocks(text: str) -> str:
    """Questions of the mkdocs-quiz plugin ("<quiz>", the question, its boxes with the
    right ones ticked, an explanation, "</quiz>"): the tags, which hide the Markdown
    inside them, blanked, and the question a heading over its boxes (line count
    unchanged)."""
    lines = text.split("\n")
    opened = False
    for at, line in enumerate(lines):
        if _QUIZ_TAG.fullmatch(line):
            opened = "/" not in line
            lines[at] = ""
        elif opened and line.strip():
            if not re.match(r"[ \t]*(?:[-*+>#|]|\d{1,3}[.)]|```|~~~|<)", line):
                lines[at] = f"#### {line.strip()}"
            opened = False
    return "\n".join(lines)


def _numbered_part_titles(text: str) -> str:
    """ "1. HTTP & Status Codes in REST / MCP Context" then "1. What is the main purpose of
    …?", the numbers starting again: a part's title over its questions (CommonMark would
    read both as one list), read as a heading; two such titles or more, none asking."""
    lines = text.split("\n")
    outside = dict(_outside_fences(lines))
    titles = []
    for at, line in outside.items():
        titled = re.match(r"(\d{1,2})\.[ \t]+(\S.*)$", line)
        if titled is None or _kind(titled.group(2)) is not None:
            continue
        below = at + 1
        while below < len(lines) and not lines[below].strip():
            below += 1
        first = re.match(r"1\.[ \t]+(\S.*)$", lines[below]) if below < len(lines) else None
        if first is not None and below in outside and _kind(first.group(1)) is not None:
            titles.append(at)
    if len(titles) < 2:
        return text
    for at in titles:
        lines[at] = "### " + lines[at]
    return "\n".join(lines)


_EXERCISE_NUMBER_HEADING = re.compile(
    r"(?im)^(#{1,6}[ \t]+(?:\*\*|__)?)(?:ex(?:ercise)?\.?[ \t]*)?(\d{1,2}\.\d{1,2}-\d{1,3})"
    # ("## 15.4-6 $\star$": a starred exercise, the harder kind)
    r"(?=[ \t]*[.:]?[ \t]*(?:\*\*|__)?[ \t]*(?:\$\\star\$|★|\\\*)?[ \t]*$)"
)
"""A textbook exercise's number alone in a heading ("## 15.4-1", "# Ex. 2.1-3")."""


def _textbook_exercises(text: str) -> str:
    """Headings that only number a textbook's exercises ("## 15.4-1", "# Ex. 2.1-3") read
    as "Exercise 15.4-1"; the exercise quoted right under one ("> Determine an LCS of
    …") is the question, not a quote in the answer (the quote marks go)."""
    lines = _EXERCISE_NUMBER_HEADING.sub(r"\1Exercise \2", text).split("\n")
    for at, row in enumerate(lines):
        if not _EXERCISE_NUMBER_HEADING.match(row):  # (now "## Exercise 15.4-1")
            continue
        below = at + 1
        while below < len(lines) and not lines[below].strip():
            below += 1
        while below < len(lines) and re.match(r"[ \t]{0,3}>", lines[below]):
            lines[below] = re.sub(r"^[ \t]{0,3}>[ \t]?", "", lines[below])
            below += 1
    return "\n".join(lines)


_EXERCISE_ELSEWHERE = re.compile(
    r"(?im)^([ \t]{0,3}(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*|__)?)[ \t]*"
    r"(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]*)?"
    r"(?:exercici|ejercicio|esercizio|exercice|exerc[íi]cio|zadatak)[ \t]*"
    r"(\d{1,3}(?:[.:)][ \t]|[.:)]?$))"
)
"""A question labelled "exercise" in another language ("EXERCICI 4.", "Ejercicio 2:")."""
_BOLD_NUMBER_PARAGRAPH = re.compile(
    r"(?im)(^[ \t]*\n|\A)[ \t]{0,3}(?:\*\*|__)[ \t]*"
    r"(problem|exercise|task|puzzle|challenge)[ \t]*#?[ \t]*(\d{1,4})[ \t]*[:.]?[ \t]*"
    r"(?:\*\*|__)[ \t]*[:.]?((?:[ \t]*[\[(][^\])\n]{1,20}[\])])?)[ \t]*(?=\n[ \t]*\n)"
)
"""A question's bold label and number alone in its paragraph ("**Problem #1** [Easy]"),
a blank line above and below it."""
_PAREN_PARAGRAPH = re.compile(
    r"(?m)^\((?:(\d{1,2})(?:\.([a-h]))?|([a-h]))\)(?:[.:][ \t]*|[ \t]+)(?=\S)"
)
"""An exercise's number or part in brackets, opening a paragraph ("(2) We will now derive
…", "(a) What is …", "(3.a): which answer …")."""


def _parenthesized_paragraphs(text: str) -> str:
    """A textbook's exercises as paragraphs, "(1) Using …", "(2) We will now derive …"
    over "(a) What is the probability …" and "(b) …", each perhaps wrapped over lines
    (knitted R Markdown): each paragraph joins into its first line (the others blank, so
    line numbers stay); "(2)" becomes the heading "### Exercise 2" on the blank line
    above it, and its part "(3.a)" the part "(a)" (read as an exercise's scenario and its
    lettered parts)."""
    lines = text.split("\n")
    inside = dict(_outside_fences(lines))
    starts = [
        at
        for at, line in enumerate(lines)
        if at in inside
        and (at == 0 or not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#"))
        and _PAREN_PARAGRAPH.match(line)
    ]
    numbers = [at for at in starts if (opened := _PAREN_PARAGRAPH.match(lines[at])) and opened[1]]
    if len(numbers) < 2:
        return text
    for at in starts:
        label = _PAREN_PARAGRAPH.match(lines[at])
        assert label is not None
        stop = at + 1
        while (
            stop < len(lines)
            and lines[stop].strip()
            and stop in inside
            and not _PAREN_PARAGRAPH.match(lines[stop])
            and not re.match(
                r"[ \t]*(?:[-*+]|\d{1,3}[.)]|#{1,6}|```|~~~|\$\$|\|)\s", lines[stop] + " "
            )
        ):
            stop += 1
        body = " ".join(x.strip() for x in [lines[at][label.end() :], *lines[at + 1 : stop]])
        for n in range(at + 1, stop):
            lines[n] = ""
        number, part, letter = label.groups()
        if letter or part:
            lines[at] = f"({letter or part}) {body}"
        elif stop > at + 1:
            # (the heading on the exercise's line, its words on the next, now blank)
            lines[at], lines[at + 1] = f"### Exercise {number}", body
        elif at > 0 and not lines[at - 1].strip():
            lines[at - 1], lines[at] = f"### Exercise {number}", body  # (one line: above it)
        else:
            lines[at] = f"### Exercise {number}: {body}"
    return "\n".join(lines)


_SHORT_QUESTION_LABEL = re.compile(
    r"(?im)^([ \t]{0,3}(?:\*\*|__)?[ \t]*)(?:ques?|q)[ \t]*\.[ \t]*(\d{1,3})"
    r"(?=[ \t]*[:.)]?[ \t]*(?:\*\*|__)?[ \t]*\\?[ \t]*$)"
)
"""A question's label cut short, a dot before its number, alone on its line ("**Que.1**\\",
"Q.2")."""
_SOURCED_LABEL = re.compile(
    r"(?im)^([ \t]{0,3})(question|task|problem|exercise|задани[ея]|задача|вопрос|aufgabe|"
    r"ejercicio|exerc[ií]cio)[ \t]*[:：]?[ \t]*№?[ \t]*(\d{1,4})[ \t]*[:：.]?[ \t]*"
    r"\([^()\n]{1,80}\)[ \t]*[:：]?[ \t]*(?=\n[ \t]*\S)"
)
"""A label and number with where the task comes from, in brackets, alone on the line over
the task ("Задание 2: (Serge I: 2002-09-21)")."""


def _backslash_breaks(text: str) -> str:
    """A line break written as a backslash at the end of a line of text ("Задание 2: (Serge
    I)\\" over the task) as two spaces, the break every rule knows; code keeps its
    backslashes (line count unchanged)."""
    lines = text.split("\n")
    for at, line in _outside_fences(lines):
        if (
            line.endswith("\\")
            and not line.endswith("\\\\")
            and line[:-1].strip()
            and not line.startswith(("    ", "\t"))
        ):
            lines[at] = line[:-1].rstrip() + "  "
    return "\n".join(lines)


def _stray_setext(text: str) -> str:
    """Without a setext underline of "=" under the second (or later) line of a paragraph,
    outside code (line count unchanged)."""
    lines = text.split("\n")
    for at, line in _outside_fences(lines):
        if (
            at >= 2
            and re.fullmatch(r"[ \t]{0,3}={3,}[ \t]*", line)
            and lines[at - 1].strip()
            and lines[at - 2].strip()
            and not re.match(
                r"[ \t]{0,3}(?:#|`{3,}|~{3,}|[-*+]\s|\d{1,9}[.)]\s|>|\|)", lines[at - 2]
            )
        ):
            lines[at] = ""
    return "\n".join(lines)


_ANKI_CLOZE = re.compile(r"\{\{c\d+::([^{}]*?)(?:::[^{}]*)?\}\}|\{(?:c?\d+[:|])?([^{}\n]+)\}")


def _anki_blocks(text: str) -> str:
    """Cards written for the Obsidian to Anki plugin ("%%ANKI", the note type, the front,
    "Back: …", "<!--ID: …-->", "END%%") as "Q:" and "A:" lines; a cloze card ("A Turing
    machine that {halts on all inputs} is called a {decider}.") asks with blanks where
    its deletions are, and they are its answer (line count unchanged)."""
    lines = text.split("\n")
    at = 0
    while at < len(lines):
        if lines[at].strip() != "%%ANKI":
            at += 1
            continue
        end = next(
            (n for n in range(at + 1, min(len(lines), at + 200)) if lines[n].strip() == "END%%"),
            None,
        )
        if end is None:
            at += 1
            continue
        body = [n for n in range(at + 1, end) if lines[n].strip()]
        for n in range(at, end + 1):
            row = lines[n].strip()
            if (
                n in (at, end)
                or (body and n == body[0])
                or re.fullmatch(r"<!--\s*ID:[^>]*-->", row)
            ):
                lines[n] = ""  # the block's marks, its note type and its id
        content = [n for n in body[1:] if lines[n].strip()]
        back = next((n for n in content if lines[n].startswith("Back:")), None)
        cited = [n for n in content if re.match(r"(?i)(?:reference|source)s?:", lines[n])]
        for n in cited:
            lines[n] = ""  # where the card comes from, not its answer
        content = [n for n in content if n not in cited]
        if back is not None and content and content[0] < back:
            lines[content[0]] = f"Q: {lines[content[0]].strip()}"
            lines[back] = f"A: {lines[back][len('Back:') :].strip()}"
        elif content and _ANKI_CLOZE.search(lines[content[0]]):
            first = content[0]
            hidden = [m.group(1) or m.group(2) for m in _ANKI_CLOZE.finditer(lines[first])]
            spare = next((n for n in range(first + 1, end + 1) if not lines[n].strip()), None)
            if spare is not None:
                lines[first] = "Q: " + _ANKI_CLOZE.sub("_____", lines[first].strip())
                lines[spare] = "A: " + "; ".join(h.strip() for h in hidden)
        at = end + 1
    return "\n".join(lines)


_HIDDEN_ANSWER = re.compile(
    r"(?im)^([ \t]*)<!--[ \t]*((?:\*\*|__)?[ \t]*(?:(?:correct|right)[ \t]+)?(?:answer|ans|"
    r"solution|respuesta|resposta|r[ée]ponse|antwort|答案|정답)\b[^\n]{0,200}?)[ \t]*-->[ \t]*$"
)
"""An answer in an HTML comment alone on its line ("<!-- **Answer: c** -->")."""
_RANGE_SECTION = re.compile(
    r"(?m)^(?=(?:[^\w\s#>|*+\-]{1,3}[ \t]*)?\d{1,4}[ \t]*[–—-][ \t]*\d{1,4}[ \t]*[:：][ \t]*"
    r"[^\W\d_][^\n?？]{0,80}\n[ \t]*\S)"
)
"""A line that names a part of a list by the range of its numbers ("🔹 11–20: Data
Structures & Operations", "21-30: Persistence"), with a line of text right under it."""
_UNSPACED_HEADING = re.compile(
    r"(?m)^([ \t]{0,3}#{1,6})(?=\d{1,3}(?:[.\-、)]\d{0,3})*[ \t.、)\-]?\S)"
)
"""A heading's marks run into its number ("##15.1 Rod Cutting", "#####15.1-2 …")."""
_BOLD_LABEL_HEADING = re.compile(
    r"(?m)^[ \t]{0,3}#{3,6}[ \t]+(\*\*|__)([^*_\n\d:：?？]{2,40}?)[ \t]*([:：])[ \t]*\1[ \t]*$"
)


def _bold_label_line(match: re.Match[str]) -> str:
    """ "### **Esempio di output:**" as "**Esempio di output:**", unless the label names a
    question, its answer or its solution, or the questions under it (those headings stay
    as they are)."""
    label = match.group(2).strip()
    if (
        _BARE_QUESTION_LABEL.fullmatch(label)
        or _SOLUTION_HEADING.fullmatch(label)
        # ("#### **True/False Questions:**": the name of the questions under it)
        or _QUESTIONS_HEADING.search(label)
    ):
        return match.group(0)
    return f"{match.group(1)}{label}{match.group(3)}{match.group(1)}"


_LONE_DIV = re.compile(r"(?i)[ \t]{0,3}(?:<div\b[^<>\n]*>|</div\s*>)[ \t]*")


_MARKDOWN_DIV = re.compile(r"(?im)^[ \t]*<div\b[^>\n]*\smarkdown\b[^>\n]*>[ \t]*$")
"""A div whose attribute says it holds Markdown ('<div class="upper-alpha" markdown>')."""


def _div_wrappers(text: str) -> str:
    """Markdown wrapped in "<div class=…>" and "</div>" lines, each alone on its line and
    a blank line inside them ('<div class="how_qb">', the question and its options in
    Markdown, '</div>'), three times or more: without those lines (blank, so the line
    count is unchanged), which hide what the heading above labels."""
    lines = text.split("\n")
    if _MARKDOWN_DIV.search(text):
        # '<div class="upper-alpha" markdown>' over a list of choices, "</div>" under it:
        # Markdown inside, as the attribute says (mkdocs), with or without a blank line
        depth = 0
        for at, line in enumerate(lines):
            if _MARKDOWN_DIV.fullmatch(line):
                lines[at], depth = "", depth + 1
            elif depth and re.fullmatch(r"(?i)[ \t]*</div>[ \t]*", line):
                lines[at], depth = "", depth - 1
        text = "\n".join(lines)
    opening = [
        at
        for at, line in enumerate(lines[:-1])
        if _LONE_DIV.fullmatch(line) and "/" not in line and not lines[at + 1].strip()
    ]
    if len(opening) < 3:
        return text
    for at, line in enumerate(lines):
        if _LONE_DIV.fullmatch(line) and (
            at in opening or ("/" in line and (at == 0 or not lines[at - 1].strip()))
        ):
            lines[at] = ""
    return "\n".join(lines)


def _div_wrapped_lines(text: str) -> str:
    """Questions and answers each wrapped in a styled "<div>" ('<div style="color:green">
    Qua. 1) What is GraphQL?</div>', then '<div …>Ans. => …</div>'), three or more that
    ask: without the tags (line count unchanged), so that Markdown reads their words."""
    lines = text.split("\n")
    opened = [at for at, line in enumerate(lines) if _DIV_OPEN.match(line)]
    asking = sum(
        _kind(_DIV_OPEN.sub("", re.sub(r"(?i)</div>\s*$", "", lines[at])).strip()) is not None
        for at in opened
    )
    if asking < 3:
        return text
    inside = False
    for at, line in enumerate(lines):
        start = _DIV_OPEN.match(line)
        if start is not None:
            line = line[start.end() :]
            inside = True
        if inside and re.search(r"(?i)</div>\s*$", line):
            line = re.sub(r"(?i)\s*</div>\s*$", "", line)
            inside = False
        lines[at] = line
    return "\n".join(lines)


_HTML_LIST_TAG = re.compile(r"(?i)[ \t]*<(/?)(ol|ul)\b[^>\n]*>[ \t]*")
_HTML_ITEM_OPEN = re.compile(r"(?i)[ \t]*<li\b[^>\n]*>[ \t]*(.*?)[ \t]*(?:</li>)?[ \t]*")


_SUB_NUMBERED = re.compile(r"(?m)(\S[ \t]*\n)([ \t]{0,3})(\d{1,3})-\d{1,2}\.[ \t]+(?=\S)")
"""A part numbered "2-1." on the line right under a line of text (the item above it)."""


def _html_nested_lists(text: str) -> str:
    """A document written as nested HTML lists ("<ol>" / "<li>" / "<b>What is
    Observable?</b>" / "<ul>" / "<li>" its points …), each tag on a line of its own, as
    the Markdown lists they draw, line for line (the tag lines blank): CommonMark reads
    the whole as one block of HTML. Only where such lists hold most of the document."""
    lines = text.split("\n")
    if sum(bool(re.fullmatch(r"(?i)[ \t]*<li\b[^>\n]*>[ \t]*", x)) for x in lines) < 3:
        return text
    out = list(lines)
    stack: list[str] = []
    pending = False  # an item opened on a line of its own: its words come next
    inside = 0
    fence = False
    for at, line in enumerate(lines):
        if re.match(r"[ \t]*(?:```|~~~)", line):
            fence = not fence
        if fence:
            continue
        tag = _HTML_LIST_TAG.fullmatch(line)
        if tag is not None:
            if tag.group(1):
                if stack:
                    stack.pop()
            else:
                stack.append(tag.group(2).lower())
            out[at] = ""
            pending = False
            continue
        if not stack:
            continue
        inside += 1
        depth = len(stack) - 1
        marker = "1." if stack[-1] == "ol" else "-"
        if re.fullmatch(r"(?i)[ \t]*</li>[ \t]*", line):
            out[at] = ""
            continue
        item = _HTML_ITEM_OPEN.fullmatch(line)
        words = item.group(1) if item is not None else line.strip()
        words = re.sub(r"(?i)<(b|strong)>\s*(.*?)\s*</\1>", r"**\2**", words)
        words = re.sub(r"(?i)\s*<br\s*/?>\s*$", "", words)
        if item is not None and not words:
            pending = True
            out[at] = ""
        elif item is not None or pending:
            out[at] = f"{'    ' * depth}{marker} {words}"
            pending = False
        else:
            out[at] = f"{'    ' * depth}    {words}" if words else ""
    non_blank = sum(bool(x.strip()) for x in lines)
    return "\n".join(out) if inside * 2 >= non_blank else text


_YES_NO = {
    frozenset(pair)
    for pair in [
        ("yes", "no"),
        ("true", "false"),
        ("evet", "hayır"),
        ("doğru", "yanlış"),
        ("oui", "non"),
        ("vrai", "faux"),
        ("sí", "no"),
        ("si", "no"),
        ("verdadero", "falso"),
        ("sim", "não"),
        ("verdadeiro", "falso"),
        ("ja", "nein"),
        ("richtig", "falsch"),
        ("wahr", "falsch"),
        ("да", "нет"),
        ("верно", "неверно"),
        ("так", "ні"),
        ("tak", "nie"),
        ("prawda", "fałsz"),
        ("đúng", "sai"),
        ("benar", "salah"),
        ("ya", "tidak"),
        ("是", "否"),
        ("对", "错"),
        ("正确", "错误"),
        ("vero", "falso"),
        ("sì", "no"),
        ("waar", "onwaar"),
        ("ja", "nee"),
    ]
}


_TASK_VERB = re.compile(
    r"(?i)(?:create|add|modify|delete|remove|lock|unlock|change|set|configure|install|copy|move|"
    r"rename|make|display|list|find|show|print|write|run|start|stop|restart|enable|disable|"
    r"mount|check|grant|assign|update|edit|open|search|count|sort|extract|compress|archive|"
    r"download|upload|schedule|kill|view|switch|redirect|replace|append)\b"
)


def _coded_tasks(tokens: Sequence[Token], index: int) -> bool:
    """Whether the numbered list at `index` is a lab's tasks, each answered by its command:
    three or more items, most of them, open with an order ("Create …", "Lock …") and hold
    a code block."""
    if tokens[index].type != "ordered_list_open":
        return False
    firsts = _item_firsts(tokens, index, _skip(tokens, index))
    coded = sum(
        bool(_TASK_VERB.match(first.strip()))
        and any(
            t.type in ("code_block", "fence") for t in tokens[position : _skip(tokens, position)]
        )
        for position, first in firsts
    )
    return coded >= 3 and coded * 2 >= len(firsts)


def _headings_over_boxes(tokens: Sequence[Token]) -> set[int]:
    """Headings right over a list of choices to tick ("1. [X] A version control system",
    "1. [ ] A programming language"), one or more ticked, or stems that end on a colon over
    a list of choices, three such headings or more: the stems of a quiz, whatever they
    say. (Token indexes of the headings.)"""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.level != 0:
            continue
        below = _skip(tokens, index)
        # (the code the stem shows may stand between: "### Évaluer `s` …:" over a fence)
        shown = 0
        while below < len(tokens) and tokens[below].type == "fence" and shown < 2:
            below, shown = below + 1, shown + 1
        if below >= len(tokens) or tokens[below].type not in (
            "bullet_list_open",
            "ordered_list_open",
        ):
            continue
        rows = [text for _, text in _item_firsts(tokens, below, _skip(tokens, below))]
        boxes = [re.match(r"\s*\[([ xX✓✔]?)\]\s+\S", row) for row in rows]
        ticked = len(rows) >= 2 and all(boxes) and any(b and b.group(1).strip() for b in boxes)
        # "- a) Rozhraní …", "- <mark>b) Třída …</mark>": choices lettered in order (one
        # marked right or none), whatever their length
        lettered = [
            re.match(r"\s*(?:<mark>\s*|\*\*|__)?\(?([a-h])[).]\s+\S", row, re.IGNORECASE)
            for row in rows
        ]
        in_order = 2 <= len(rows) <= 8 and all(
            m is not None and ord(m.group(1).lower()) - ord("a") == n
            for n, m in enumerate(lettered)
        )
        heading = _normal(_heading_text(tokens[index + 1])).rstrip(" *_")
        if not shown and len(heading.split()) >= 3 and _yes_or_no(tokens, below):
            # "### 1. Char data type will take more disk space …" over "* ***True***" /
            # "* False": a statement to judge
            found.add(index)
            continue
        if in_order and heading.endswith((":", "：", ".")) and len(heading.split()) >= 2:
            # "### Vyberte pravdivé tvrzení:" ("choose the true statement:") over them
            found.add(index)
            continue
        if ticked or (
            # "#### 1. In proportional control, the control effort is:" over "1. Directly
            # proportional to the current error", …: a stem to complete, over its choices
            not shown
            and _normal(_heading_text(tokens[index + 1])).rstrip(" *_").endswith((":", "："))
            and _choice_list(tokens, below)
            # (a sentence to complete, not "#### Characteristics:" over points, nor "##
            # Networking and Protocols:" over the questions of that topic)
            and len(_normal(_heading_text(tokens[index + 1])).split()) >= 4
            and sum(_kind(row) is not None for row in rows) <= 1
            and not any(_ends_as_question(row) for row in rows)
        ):
            found.add(index)
    return found if len(found) >= 3 else set()


def _choice_list(tokens: Sequence[Token], index: int) -> bool:
    """Whether the list at `index` reads as a question's choices: two to eight items,
    each one short line with no list under it."""
    end = _skip(tokens, index)
    inner = tokens[index].level + 1
    rows = [t.content for t in tokens[index:end] if t.type == "inline" and t.level == inner + 2]
    nested = any(
        t.type in ("bullet_list_open", "ordered_list_open") and t.level > tokens[index].level
        for t in tokens[index + 1 : end]
    )
    return (
        not nested
        and 2 <= len(rows) <= 8
        and all("\n" not in row and 0 < len(row.strip()) <= 100 for row in rows)
    )


def _choice_items(tokens: Sequence[Token], index: int, end: int) -> int:
    """How many items of the list at `index` hold, under their first line, one list of
    choices (`_choice_list`) and nothing else; 0 unless three or more do."""
    level = tokens[index].level
    count = 0
    for position in range(index + 1, end):
        if tokens[position].type != "list_item_open" or tokens[position].level != level + 1:
            continue
        item_end = _skip(tokens, position)
        lists = [
            i
            for i in range(position + 1, item_end)
            if tokens[i].type in ("bullet_list_open", "ordered_list_open")
            and tokens[i].level == level + 2
        ]
        stem = next(
            (t.content.strip() for t in tokens[position:item_end] if t.type == "inline"), ""
        )
        if (
            len(lists) == 1
            and tokens[lists[0]].type == "bullet_list_open"
            and _choice_list(tokens, lists[0])
            # a stem, not a bold title over points ("**⏰ Time Management**")
            and len(re.findall(r"[^\W_]+", stem)) >= 4
            and not re.fullmatch(r"(\*\*|__)[^\n]+\1", stem)
        ):
            count += 1
    return count if count >= 3 else 0


def _yes_no_pair(words: Iterable[str]) -> bool:
    """Whether the words are two, yes and no (or true and false) in one language."""
    pair = [word.strip(" *_.").casefold() for word in words]
    return len(pair) == 2 and frozenset(pair) in _YES_NO


def _yes_or_no(tokens: Sequence[Token], index: int) -> bool:
    """Whether the list at `index` holds only two items, the words for yes and no (or true
    and false) in one language: the choices of a statement to judge."""
    return _yes_no_pair(text for _, text in _item_firsts(tokens, index, _skip(tokens, index)))


def _details_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The 0-based (first, last) lines of each outermost "<details>" block, outside code,
    whose body holds blank lines (Markdown inside it, not one block of HTML)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    opened = 0
    fence = False
    for at, line in enumerate(lines):
        if re.match(r"[ \t]*(?:```|~~~)", line):
            fence = not fence
            continue
        if fence or "details" not in line.lower():
            continue
        for tag in re.finditer(r"(?i)<(/?)details\b", line):
            if not tag.group(1):
                if depth == 0:
                    opened = at
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0 and at > opened + 1:
                    spans.append((opened, at))
    return spans


def _fold_names_a_part(lines: Sequence[str], folded_at: int) -> bool:
    """Whether the `<details>` block opening on 1-based line `folded_at` is summed up as a
    part of the document ("<summary>Lecture 2: April 1st</summary>"), not as an answer
    to show ("Show answer") or a question ("View the prompt")."""
    summary = _SUMMARY_TEXT.search("\n".join(lines[folded_at - 1 : folded_at + 4]))
    if summary is None:
        return False
    said = _normal(re.sub(r"<[^>]+>", " ", summary.group(1))).strip()
    return bool(
        re.search(r"[^\W\d_]{2}", said)
        and not _ANSWER_SUMMARY.match(said)
        and not _PROMPT_SUMMARY.match(said)
        and not _kind(said)
    )


def _folded_at(spans: Sequence[tuple[int, int]], line: int) -> int | None:
    """The 1-based line where the "<details>" block holding 0-based `line` opens, if any."""
    at = bisect.bisect_right(spans, (line, 1 << 30)) - 1
    return spans[at][0] + 1 if at >= 0 and spans[at][0] < line < spans[at][1] else None


def _answer_bullets(tokens: Sequence[Token]) -> set[int]:
    """One-item bullet lists right under a paragraph that asks with a question mark, no
    blank line between them, three times or more and for most such paragraphs: each
    bullet answers the line above it ("¿Qué es un generator?" over "- Una función que
    retorna un iterador"). (Token indexes of the lists.)"""
    under: list[int] = []
    asked = 0
    for index, token in enumerate(tokens):
        if token.type != "paragraph_open" or token.level != 0 or token.map is None:
            continue
        content = tokens[index + 1].content.strip()
        if "\n" in content or not _ends_as_question(_normal(content)):
            continue
        asked += 1
        after = index + 3
        listed = tokens[after].map if after < len(tokens) else None
        if (
            listed is not None
            and tokens[after].type == "bullet_list_open"
            and listed[0] == token.map[1]
            and sum(
                t.type == "list_item_open" and t.level == tokens[after].level + 1
                for t in tokens[after : _skip(tokens, after)]
            )
            == 1
        ):
            under.append(after)
    return set(under) if len(under) >= 3 and len(under) * 3 >= asked * 2 else set()


_DISPLAY_MATH = re.compile(r"\s*(?:\\\[.*\\\]|\$\$.*\$\$)\s*", re.DOTALL)
"""A formula set on its own ("\\[ … \\]", "$$ … $$")."""


_STATEMENT_PART = re.compile(
    r"(?i)(?:examples?|input|output|constraints?|definitions?)\s*\d*[ \t]*(?::|\n|$)"
)
"""A paragraph that goes on stating a problem ("EXAMPLE:", "Input: …")."""
_FOLLOW_UP_PART = re.compile(r"(?i:follow[ \t-]*up)[ \t]*(?:[:\-–—][ \t]*|\n\s*)(?=\S)")
"""The label of what a problem asks further ("FOLLOW UP: …", "Follow-up - …")."""
_NUMBERED_PROBLEM_TITLE = re.compile(r"\d{1,3}(?:\.\d{1,3})?(?:[.):]|\s+[-–—:])?\s+[^\W\d_]")
"""A problem's number and title ("1.1 - Is Unique", "2) Sum Lists")."""


def _topic_problem_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings that name a topic over one paragraph that states a problem and asks
    ("# Densities" over "Cut a stick … at random. What is the probability …?"), where
    at least four headings of a level, and three in four of those with a body, do: an
    exercise sheet, one problem a section. (Token indexes of the headings.)"""
    per_level: dict[int, list[int]] = {}
    bodied: dict[int, int] = {}
    # "### Section 1 Questions" over "### 1.1 - Is Unique", its statement, then hints and
    # a solution: numbered problems, each answered under its statement
    named = any(
        _QUESTIONS_HEADING.search(name := _normal(_heading_text(tokens[i + 1])))
        and not _META_SECTION.match(name)
        for i, _ in _top_headings(tokens)
    )

    def text_of(at: int) -> str:
        """The words of the block at `at`: a code block's content, else its inlines."""
        if tokens[at].type in ("fence", "code_block"):
            return tokens[at].content
        return "\n".join(t.content for t in tokens[at : _skip(tokens, at)] if t.type == "inline")

    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.level != 0:
            continue
        level = int(token.tag[1])
        after = _skip(tokens, index)
        blocks = []
        at = after
        while at < len(tokens) and tokens[at].type != "heading_open":
            blocks.append(at)
            at = _skip(tokens, at)
        if not blocks:
            continue
        bodied[level] = bodied.get(level, 0) + 1
        heading = _normal(_heading_text(tokens[index + 1])).strip()
        # after the problem, only a rule or a box left for the answer ("**Espaço para
        # resposta:**" over "[Seu texto aqui]")
        # (nor a formula set on its own, "\\[ f(x + y) + … \\]", that the problem states)
        rest = [
            b
            for b in blocks[1:]
            if tokens[b].type != "hr"
            and not is_placeholder(text_of(b))
            and not _DISPLAY_MATH.fullmatch(text_of(b))
        ]
        # ("Let P(x) be a polynomial …" then "Prove that …": the problem set up in one
        # paragraph, asked in the next)
        asked_at = blocks[0]
        quoted = tokens[blocks[0]].type == "blockquote_open"
        if quoted:
            # "### Successive wins" over "> You signed up for a tennis tournament … Which
            # would you pick?" and the worked solution below the quote: the quote states it
            rest = []
        numbered = named and _NUMBERED_PROBLEM_TITLE.match(heading) is not None
        if numbered:
            rest = []  # the statement first; what follows it (hints, a solution) answers
        elif len(rest) == 1 and tokens[rest[0]].type == "paragraph_open" and len(blocks) <= 4:
            asked_at, rest = rest[0], []
        elif (
            named
            and rest
            and tokens[blocks[0]].type == "paragraph_open"
            and all(tokens[b].type in ("fence", "code_block") for b in rest)
        ):
            # "#### Rectangle intersection" over "Given two rectangles …, return the area of
            # overlap." and its example in code, under "# Logic or Programming questions"
            # (not a section of prose, paragraph after paragraph)
            rest = []
        if (
            rest
            or tokens[blocks[0]].type not in ("paragraph_open", "blockquote_open")
            or len(heading) > 60
            # ("### 4.7 - Build Order": a numbered problem's short title, not a prompt)
            or (_kind(heading, legend) is not None and not (numbered and len(heading) <= 30))
        ):
            continue
        text = re.sub(
            r"\s*\n\s*",
            " ",
            text_of(asked_at).strip() if quoted else tokens[asked_at + 1].content.strip(),
        )
        sentences = [x for x in re.split(r"(?<=[.?!])\s+", text) if x]
        if (
            len(text) >= 30
            and sentences
            and any(
                _ends_as_question(x) or _IMPERATIVE.match(x) or _OTHER_ASKS.match(x)
                # (a numbered problem's statement may ask first, then define its terms)
                for x in (sentences if numbered else sentences[-3:])
            )
        ):
            per_level.setdefault(level, []).append(index)
    return _most_of_level(per_level, bodied, 4)


_CODE_ROW = re.compile(
    r"^\s*(?:SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|FROM|WHERE|def|class|"
    r"import|function|const|let|var|return|print)\b|^\s*(?:#|//|--|/\*)|[;{}]|[=!<>]=|=>|\s=\s"
)
"""A row of code in a fence, not a prompt. Unlike `_CODE_LINE` it reads SQL keywords only
in capitals, so the prompts "Delete duplicate records …" and "For each day, count …" stay
prose."""


def _fenced_prompt(fence: Token) -> str | None:
    """The prompt a fence holds when it holds one to three lines of prose ("Find
    customers who never placed orders."), not code; else None."""
    rows = [row.strip() for row in fence.content.splitlines() if row.strip()]
    if not 1 <= len(rows) <= 3 or any(len(row) > 240 or _CODE_ROW.search(row) for row in rows):
        return None
    if not all(re.search(r"[^\W\d_]{3}", row) and re.search(r"[a-z]", row) for row in rows):
        return None  # ("CASE WHEN THEN END": keywords, not prose)
    return " ".join(rows)


def _fenced_statement(fence: Token) -> str | None:
    """The statement of a problem a fence holds in prose, one to twelve lines of
    sentences and no code ("Five silent philosophers sit at a round table …"); else None."""
    rows = [row.strip() for row in fence.content.splitlines() if row.strip()]
    if not 1 <= len(rows) <= 12 or any(
        # (a semicolon between clauses is prose: "… of spaghetti; forks are …")
        len(row) > 3000 or _CODE_ROW.search(re.sub(r"(?<=[a-z]);\s", " ", row))
        for row in rows
    ):
        return None
    if not all(re.search(r"[^\W\d_]{3}", row) and re.search(r"[a-z]", row) for row in rows):
        return None
    if not re.search(r"[a-z][.!?]", rows[-1]) or sum(len(row.split()) for row in rows) < 8:
        return None  # (a sentence, not a name or a keyword)
    return "\n".join(rows)


def _fenced_prompt_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings ("## 1. Second Highest Salary", or only "## 11.") whose whole body is a
    fence holding one prompt in prose ("Find the second highest salary …"), where at least
    three headings of a level, and three in four of those with a body, do, and half of
    those prompts or more ask ("Sessionization of user activity." may not): each is a
    question stated in its fence (token indexes)."""
    per_level: dict[int, list[int]] = {}
    bodied: dict[int, int] = {}
    asking: dict[int, int] = {}
    for index, level, blocks in _heading_bodies(tokens):
        body = [at for at in blocks if tokens[at].type != "hr"]
        if not body:
            continue
        bodied[level] = bodied.get(level, 0) + 1
        if len(body) != 1 or tokens[body[0]].type != "fence":
            continue
        prompt = _fenced_prompt(tokens[body[0]])
        if prompt is None:
            continue
        per_level.setdefault(level, []).append(index)
        asking[level] = asking.get(level, 0) + (_kind(prompt, legend) is not None)
    return _most_of_level(
        {level: found for level, found in per_level.items() if asking[level] * 2 >= len(found)},
        bodied,
        3,
    )


def _heading_bodies(tokens: Sequence[Token]) -> Iterator[tuple[int, int, list[int]]]:
    """(token index, level, the indexes of the top-level tokens up to the next heading)
    of every heading outside lists and quotes, in order."""
    heads = _top_headings(tokens)
    for place, (index, level) in enumerate(heads):
        stop = heads[place + 1][0] if place + 1 < len(heads) else len(tokens)
        yield (
            index,
            level,
            [at for at in range(_skip(tokens, index), stop) if tokens[at].level == 0],
        )


def _signature_headings(tokens: Sequence[Token]) -> set[int]:
    """Headings that number a function to write ("### 02. join") over its code alone:
    the signature, then examples ("join (Just (Just 2)) -> Just 2"), the name in the
    code, where three or more headings of a level, and three in four of those with a
    body, are: exercises, each asking for its function (token indexes)."""
    per_level: dict[int, list[int]] = {}
    bodied: dict[int, int] = {}
    for index, level, body in _heading_bodies(tokens):
        if not body:
            continue
        bodied[level] = bodied.get(level, 0) + 1
        named = re.fullmatch(
            r"\s*\d{1,3}[.)]\s+`?([A-Za-z_][\w']{0,39})`?\s*", _heading_text(tokens[index + 1])
        )
        if (
            named is not None
            and len(body) <= 3
            and all(tokens[at].type == "fence" for at in body)
            and re.search(rf"(?m)^\s*{re.escape(named.group(1))}", tokens[body[0]].content)
        ):
            per_level.setdefault(level, []).append(index)
    return _most_of_level(per_level, bodied, 3)


def _ruled_prompt_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings ("#### Hilfe holen") whose body is the task, a rule ("---"), then its
    solution, where at least three headings of a level, and three in four of those with
    a body, are so, and half of those tasks or more ask: exercises with their solutions,
    the part above each rule the question (token indexes); with them, the headings of
    that level over a task and no rule (no solution given)."""
    per_level: dict[int, list[int]] = {}
    bodied: dict[int, int] = {}
    asking: dict[int, int] = {}
    unruled: dict[int, list[int]] = {}  # tasks with no solution given, among them
    for index, level, body in _heading_bodies(tokens):
        if not body:
            continue
        bodied[level] = bodied.get(level, 0) + 1
        rules = [where for where, at in enumerate(body) if tokens[at].type == "hr"]
        if not rules:
            if tokens[body[0]].type == "paragraph_open" and _kind(
                tokens[body[0] + 1].content.split("\n", 1)[0], legend
            ):
                unruled.setdefault(level, []).append(index)
            continue
        if len(rules) != 1 or rules[0] == 0 or rules[0] == len(body) - 1:
            continue
        per_level.setdefault(level, []).append(index)
        stated = [
            row
            for at in range(body[0], body[rules[0]])
            if tokens[at].type == "inline"
            for row in tokens[at].content.split("\n")
        ]
        asking[level] = asking.get(level, 0) + any(_kind(row, legend) for row in stated)
    chosen = _most_of_level(
        {level: found for level, found in per_level.items() if asking[level] * 2 >= len(found)},
        bodied,
        3,
    )
    levels = {int(tokens[index].tag[1]) for index in chosen}
    return chosen | {index for level in levels for index in unruled.get(level, [])}


_WHOLE_FENCE = re.compile(r"[ \t]*(```|~~~)[^\n]*\n(.*?)\n[ \t]*\1[ \t]*", re.S)
"""A fenced block and nothing else (its inside the second group)."""


def _fenced_choices(text: str) -> bool:
    """Whether `text` is a fence of two or more options and nothing else ("```", "(A)
    CPU", "(B) RAM", "```")."""
    fence = _WHOLE_FENCE.fullmatch(text.strip("\n"))
    if fence is None:
        return False
    options = [row for row in fence.group(2).split("\n") if row.strip()]
    return len(options) >= 2 and all(_OPTION.match(row) for row in options)


def _at_rule(raw: Sequence[str]) -> tuple[str, str] | None:
    """(what comes before, what comes after) the first rule ("---") outside code in
    `raw`, both tidied; None when there is none."""
    for at, line in _outside_fences(raw):
        if re.fullmatch(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})", line):
            return tidy_answer("\n".join(raw[:at])), tidy_answer("\n".join(raw[at + 1 :]))
    return None


_CARD_LABELS = re.compile(
    r"[ \t]*(?:(?:<code>[^<>\n]{1,20}</code>|`[^`\n]{1,20}`)[ \t]*(?:[·•|/,][ \t]*)?){1,4}"
)
"""A line of labels in code under a card's title ('<code>Mid</code> · <code>High</code>')."""
_CARD_LEVELS = {
    "junior": "easy",
    "entry": "easy",
    "beginner": "easy",
    "easy": "easy",
    "mid": "medium",
    "middle": "medium",
    "intermediate": "medium",
    "medium": "medium",
    "senior": "hard",
    "staff": "hard",
    "expert": "hard",
    "advanced": "hard",
    "hard": "hard",
}


def _card_level(line: str) -> str | None:
    """The level a line of labels in code gives first ('<code>Junior</code> ·
    <code>High</code>' → "easy"), or None when the line is no such labels or its first
    label is no level."""
    if not _CARD_LABELS.fullmatch(line):
        return None
    first = re.search(r"<code>([^<>\n]+)</code>|`([^`\n]+)`", line)
    if first is None:
        return None
    return _CARD_LEVELS.get((first.group(1) or first.group(2)).strip().lower())


_OUTPUT_LABEL = re.compile(r"(?i)\s*(?:\*\*|__)?\s*(?:output|answer|result)\s*(?:\*\*|__)?\s*[:：]")
"""The label of what a code puzzle prints ("**Output:** 12 bytes")."""


def _code_puzzle_headings(tokens: Sequence[Token]) -> set[int]:
    """Headings that are only a number ("#### 1.") over code and then what it prints
    ("**Output:** 12 bytes"), where three or more headings of a level, and three in four
    of those with a body, are: a set of code puzzles, each asking what its code does
    (token indexes)."""
    per_level: dict[int, list[int]] = {}
    printed: dict[int, int] = {}
    bodied: dict[int, int] = {}
    for index, level in _top_headings(tokens):
        after = _skip(tokens, index)
        if after >= len(tokens) or tokens[after].type == "heading_open":
            continue
        bodied[level] = bodied.get(level, 0) + 1
        if (
            _NUMBER_ONLY.fullmatch(_normal(_heading_text(tokens[index + 1])).strip(" *_"))
            and tokens[after].type == "fence"
        ):
            per_level.setdefault(level, []).append(index)
            if (
                after + 2 < len(tokens)
                and tokens[after + 1].type == "paragraph_open"
                and _OUTPUT_LABEL.match(tokens[after + 2].content)
            ) or _lettered_choice_list(tokens, after + 1):
                # (or, under the code, its lettered choices: "* A: `Lydia` and `undefined`")
                printed[level] = printed.get(level, 0) + 1
    # (one with no output given is a puzzle too, among those that give theirs)
    return _most_of_level(
        {lv: found for lv, found in per_level.items() if printed.get(lv, 0) >= 3}, bodied, 3
    )


def _lettered_choice_list(tokens: Sequence[Token], index: int) -> bool:
    """Whether a list of choices (`_choice_list`) starts at `index`, each lettered in order
    ("A: `Lydia` and `undefined`", "B) 3")."""
    if index >= len(tokens) or tokens[index].type != "bullet_list_open":
        return False
    if not _choice_list(tokens, index):
        return False
    inner = tokens[index].level + 3
    rows = [
        t.content
        for t in tokens[index : _skip(tokens, index)]
        if t.type == "inline" and t.level == inner
    ]
    letters = [re.match(r"\s*([A-Ha-h])\s*[:.)]\s+\S", row) for row in rows]
    return (
        all(letters) and [m.group(1).upper() for m in letters if m] == list("ABCDEFGH")[: len(rows)]
    )


def _folded_answer_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings each over its folded answer ('<h2>Explain ARC</h2>', a line of labels,
    then "<details><summary>Show answer</summary>"), where three or more headings of a
    level are, and one of them asks: a deck of cards, each heading the question, asking
    or naming its topic ("ARC vs garbage collection", "autoreleasepool"). Nothing above
    the fold may ask: then that is the question. (Token indexes of the headings.)"""
    per_level: dict[int, list[int]] = {}
    for index, level in _top_headings(tokens):
        end = index + 3
        while end < len(tokens) and tokens[end].type == "paragraph_open" and end - index < 12:
            said = tokens[end + 1].content
            if len(said) > 200 or _looks_like_question(re.sub(r"<[^>]+>", " ", said), legend):
                break
            end += 3
        if end >= len(tokens) or tokens[end].type != "html_block":
            continue
        summary = _SUMMARY_TEXT.search(tokens[end].content)
        if (
            _FOLD_OPEN.match(tokens[end].content)
            and summary is not None
            and _ANSWER_SUMMARY.match(re.sub(r"<[^>]+>", " ", summary.group(1)).strip())
        ):
            per_level.setdefault(level, []).append(index)
    found: set[int] = set()
    for heads in per_level.values():
        if len(heads) >= 3 and any(
            _looks_like_question(_normal(_heading_text(tokens[at + 1])), legend) for at in heads
        ):
            found.update(heads)
    return found


_QA_TITLE = re.compile(
    r"(?i)^\W*(?:问题与(?:简答|解答|答案|回答)|questions?\s+(?:and|&)\s+(?:short\s+)?answers?)\W*$"
)
"""A title that says the document is questions and their answers ("问题与简答", "Q&A")."""


def _qa_titled_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Under a first heading that names questions and answers ("# 问题与简答", "# Q&A"),
    the headings of the level that holds most of them, five or more, one in three
    asking, five or more with a body: each is a question, asking or naming what it asks
    about ("### 魔术方法", "### Cookie 和 Session"), answered or not (token indexes)."""
    heads = _top_headings(tokens)
    if not heads or not _QA_TITLE.search(_normal(_heading_text(tokens[heads[0][0] + 1]))):
        return set()
    per_level: dict[int, list[int]] = {}
    for index, level in heads[1:]:
        if level > heads[0][1]:
            per_level.setdefault(level, []).append(index)
    if not per_level:
        return set()
    level, found = max(per_level.items(), key=lambda item: len(item[1]))
    bodied = [at for at in found if _has_body(tokens, at)]
    asking = sum(_looks_like_question(_heading_text(tokens[at + 1]), legend) for at in found)
    if len(bodied) < 5 or asking * 3 < len(found):
        return set()
    return set(found)  # (one not answered yet is asked all the same)


def _verb_led_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Two-word headings (a number is a word: "Explain item 3" has three) led by the
    instruction that leads the headings of their level that ask ("## Design Cache" among
    "## Design facebook news feed", "## Design a webcrawler", …): three or more headings
    of a level start with the same instruction, two of them and one in five or more ask
    on their own, and these ask too (token indexes)."""
    led: dict[tuple[int, str], list[tuple[int, str, int]]] = {}
    for index, level, name in _named_headings(tokens):
        words = re.findall(r"[\w'’-]+", name)
        if words:
            led.setdefault((level, words[0].lower()), []).append((index, name, len(words)))
    found: set[int] = set()
    for (_, verb), heads in led.items():
        # (cheap tests first: most headings lead no family of two-word ones)
        if len(heads) < 3 or all(count != 2 for *_, count in heads):
            continue
        if not _IMPERATIVE.match(verb):
            continue
        asks = [(index, _heading_asks(name, legend)) for index, name, _ in heads]
        asking = sum(asked for _, asked in asks)
        if asking < 2 or asking * 5 < len(heads):
            continue
        for (index, name, _), (_, asked) in zip(heads, asks, strict=True):
            cleaned = _clean(name, legend)[0].strip()
            if (
                not asked
                and _kind(cleaned, legend) == "word"
                and len(re.findall(r"[\w'’-]+", cleaned)) == 2
            ):
                found.add(index)
    return found


_TASK_LABEL_LINE = re.compile(
    r"(?i)\s*(?:\*\*|__)\s*(?:task|tugas|tarea|aufgabe|tâche|zadanie|görev|задача|任务)\s*[:：]\s*"
    r"(?:\*\*|__)\s*$"
)
"""A task's label alone on its line ("**Task:**", "**Tugas:**"), the task on the next."""


def _task_labelled_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings that title a task ("### 1. Flowchart 📊") over "**Task:**" and the task on
    the next line of that paragraph, three or more of a level and most of those with a
    body: the task is the question, the heading its topic. (Token indexes.)"""
    per_level: dict[int, list[int]] = {}
    bodied: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.level != 0:
            continue
        level = int(token.tag[1])
        after = _skip(tokens, index)
        if after >= len(tokens) or tokens[after].type == "heading_open":
            continue
        bodied[level] = bodied.get(level, 0) + 1
        if tokens[after].type != "paragraph_open":
            continue
        first, _, rest = tokens[after + 1].content.partition("\n")
        if (
            _TASK_LABEL_LINE.fullmatch(first)
            and rest.strip()
            and _kind(_normal(_heading_text(tokens[index + 1])), legend) is None
        ):
            per_level.setdefault(level, []).append(index)
    return _most_of_level(per_level, bodied, 3)


def _solved_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings that only name a task over its statement, each with a "### Solution"
    heading under it ("## Section: storage" over "A pod called web-1 keeps restarting …
    Fix it." and "### Solution"), where at least three headings of a level, and three in
    four of those with a body, do: the statement is the question, the heading its topic.
    (Token indexes of the headings.)"""
    per_level: dict[int, list[int]] = {}
    bodied: dict[int, int] = {}
    heads = _top_headings(tokens)
    for place, (index, level) in enumerate(heads):
        following = heads[place + 1] if place + 1 < len(heads) else None
        after = _skip(tokens, index)
        if following is None or following[0] == after:
            continue  # no statement under it
        bodied[level] = bodied.get(level, 0) + 1
        heading = _normal(_heading_text(tokens[index + 1])).strip()
        if (
            following[1] > level
            and _ANSWER_HEADING.fullmatch(_normal(_heading_text(tokens[following[0] + 1])))
            and _kind(heading, legend) is None
            and any(
                tokens[at].type == "paragraph_open"
                for at in range(after, following[0])
                if tokens[at].level == 0
            )
        ):
            per_level.setdefault(level, []).append(index)
    return _most_of_level(per_level, bodied, 3)


_STAR_PART = re.compile(
    r"(?i)\s*(?:\*\*|__)?\s*(situation|task|action|result)s?\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])"
)


def _star_case_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings that only name a case, each told under it in STAR form ("**Situation:**",
    "**Task:**", "**Action:**", "**Result:**", three of the four at least), twice or more:
    each is a question, the case its answer. (Token indexes of the headings.)"""
    heads = [index for index, _ in _top_headings(tokens)]
    found: list[int] = []
    for place, index in enumerate(heads):
        stop = heads[place + 1] if place + 1 < len(heads) else len(tokens)
        heading = _normal(_heading_text(tokens[index + 1])).strip()
        if (
            not heading
            or len(heading) > 100
            or _kind(heading, legend) is not None
            or re.search(r"\[[A-Z0-9_ ]{3,}\]", heading)  # "Story 1: [STORY_1_TITLE]"
        ):
            continue
        parts: dict[str, str] = {}
        for at in range(index + 2, stop):
            if (
                tokens[at].type == "inline"
                and tokens[at - 1].type == "paragraph_open"
                and tokens[at - 1].level == 0
                and (part := _STAR_PART.match(tokens[at].content))
            ):
                parts.setdefault(part.group(1).lower(), tokens[at].content[part.end() :])
        told = parts.get("situation", "")
        # the situation told, in words (not "[STORY_1_SITUATION]" of a template)
        if len(parts) >= 3 and len(re.findall(r"[^\W\d_]{2,}", told)) >= 3:
            found.append(index)
    return set(found) if len(found) >= 2 else set()


def _label_heading_levels(tokens: Sequence[Token], counted: frozenset[int]) -> set[int]:
    """Heading levels with at least three headings that only number a problem ("####
    Problem 3", "### Exercise 12"): the paragraph under each is the question."""
    counts: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and _labels_a_problem(
            _heading_text(tokens[index + 1]), tokens, index, counting=True, counted=counted
        ):
            counts[int(token.tag[1])] = counts.get(int(token.tag[1]), 0) + 1
    return {level for level, count in counts.items() if count >= 3}


_PROBLEM_LABEL = re.compile(
    # "SQL. Задание 1": a subject before the label
    # "Part A: Types of errors" under "## Question 1": a lettered part of an exam question
    r"(?i)(?:(?:part|parte|teil|partie|часть)\s+(?:[a-z]|\d{1,2})\b[.):．：]?[\s*]*|"
    # "## 31번 문제" (Korean: "problem number 31"), the number first
    r"\d{1,4}(?:-\d{1,2})?\s*번\s*(?:문제|질문)[.):．：]?[\s*]*|"
    r"(?:[^\W\d_][\w+#]{0,10}\.\s+|(?:theor\w*|practical|bonus|coding|sample|practices?|extra)\s+)?"
    # "### 1. Ex001 - *Soma de dois números*": a running number, then the exercise's code
    r"(?:\d{1,3}\.\s+(?=ex\d{2,4}\b))?"
    # ("### Exercises 5: Independence": the plural, by a slip)
    r"(?:problem|exercises?|ex(?=\d{2,4}\b)|puzzle|question|q|task|challenge|assignment|homework|"
    # the same in other languages: Vietnamese ("Câu 3", "Câu hỏi 3", "Bài 3"), Chinese,
    # Japanese, Korean, Spanish, Portuguese, French, German, Russian
    r"c[âa]u(?:\s+h[ỏo]i)?|b[àa]i(?:\s+t[ậa]p)?|问题|题目|問題?|질문|문제|pregunta|pergunta|quest[aã]o|"
    r"desaf[ií]o|ejercicio|exerc[ií]cio|problema|exercice|aufgabe|[üu]bung|uebung|frage|вопрос|"
    r"задача|задани[ея]|"
    # Italian, Turkish, Polish, Dutch: "Domanda 4 (5 punti)", "Soru 3", "Pytanie 2", "Vraag 1"
    r"domanda|esercizio|quesito|soru|pytanie|zadanie|vraag|opgave|"
    # Indonesian: "Pertanyaan Ke-1" (question number 1), "Soal 2"
    # ("Question C1: …", "Exercise A2: …": the part's letter before the number)
    r"pertanyaan(?:\s+ke)?-?|soal)\s*#?\s*:?\s*(?:[A-H](?=\d))?\d{1,4}(?:\.\d{1,3})?(?:\s*\|)?[.):．：]?[\s*]*"
    r"(?:\([^()\n]{1,80}\)[\s*]*)?)"  # "Problem 36 (DE Shaw)"
)


def _names_a_numbered_problem(title: str, legend: dict[str, str]) -> bool:
    """ "Problem 1.1: Chance Meeting", "Desafio 01. Segundo maior salário": a problem's
    label and number, then a name that does not ask."""
    plain = _normal(title).strip()
    label = _PROBLEM_LABEL.match(plain)
    rest = plain[label.end() :].strip(" :.-–—") if label else ""
    return bool(rest) and len(rest) <= 60 and _kind(rest, legend) is None


_FIELD_PARAGRAPH = re.compile(
    r"\s*(?:\*\*|__)(?!(?i:answer|solution|hint|note|true\s+or\s+false|select\s+all|problem\s+statement|enunciado|[ée]nonc[ée]|aufgabenstellung|consegna)\b)([^*_:\n]{2,24}):(?:\s*(?:\*\*|__)\s*([^\n]{1,120})|\s*([^*_\n]{1,120})(?:\*\*|__))\s*"
)
"""A paragraph that is one bold field ("**Source: Chapter 1**", "**Topic:** Trees")."""


def _field_lines(body: str) -> list[re.Match[str]]:
    """The bold fields of the body's first paragraph when it is made only of them, one a
    line ("**Source: Chapter 1**", or "**Question Type:** Multiple Choice" over "**Topic:**
    Trees" with the question in a paragraph below); else none."""
    paragraph, _, rest = body.partition("\n\n")
    rows = [re.sub(r"(?:<br\s*/?>|\\)?\s*$", "", row) for row in paragraph.split("\n")]
    rows = [row for row in rows if row.strip()]
    below = re.match(
        r"\s*(?:#{1,6}\s+(?!(?i:question|problem|statement|task)\s*:?\s*\n)|[-*+>|]\s|```|~~~|<)",
        rest,
    )
    if len(rows) > 6 or (len(rows) > 1 and below):
        # not the fields over "### Korean Version" and the question twice, under it
        return []
    matches = [_FIELD_PARAGRAPH.fullmatch(row) for row in rows]
    return [m for m in matches if m is not None] if all(matches) else []


def _asks_somewhere(text: str, legend: dict[str, str]) -> bool:
    """Whether a sentence of the paragraph asks ("… unbiased. Which is better?")."""
    if re.match(r"\s*(?:```|~~~|\$\$|\||<)", text):
        return False
    sentences = re.split(r"(?<=[.?!:])\s+", re.sub(r"\s*\n\s*", " ", text.strip()))
    for sentence in sentences:
        if _ends_as_question(sentence):
            return True
        if sentence.rstrip().endswith((":", "：")):
            continue  # "Consider two estimators:" leads into what follows
        if re.fullmatch(r"(?i)given\b[^,.;?!]{0,40}", sentence.strip()):
            continue  # so does "Given" (or "Given Hello.java") over the code it gives
        if _IMPERATIVE.match(sentence.strip()) or _OTHER_ASKS.match(sentence.strip()):
            return True
        if re.match(
            r"(?i)(?:based\s+on|using|given|for|with|assuming|if|from)\b", sentence
        ) and any(
            _IMPERATIVE.match(sentence[comma.end() :]) for comma in re.finditer(r",\s+", sentence)
        ):
            return True  # "Based on the sample x1, …, xn, determine the estimator …"
    return False


_STATEMENT_HEADING = re.compile(
    r"(?i)[\W_]*(?:context|tasks?|taks|scenario|description|statement|requirements?|"
    r"problem(?:\s+statement)?|question)[\W_]*"
)
"""A heading under a problem's label over a part of its statement ("### Context",
"### Task")."""


def _headed_statement(body: str) -> tuple[str, str] | None:
    """(the statement, the rest) when the body opens with headings that each label a part
    of the statement ("### Context" over a paragraph, "### Task" over a list), up to the
    next other heading or a folded answer; None otherwise."""
    parts: list[str] = []
    while True:
        head = re.match(r"\s*#{1,6}[ \t]+([^\n]*)(?:\n|$)", body)
        if head is None or not _STATEMENT_HEADING.fullmatch(_normal(_unwrapped(head.group(1)))):
            break
        rest = body[head.end() :]
        below = re.search(r"(?m)^[ \t]*(?:#{1,6}[ \t]|<details\b)", rest)
        part = rest[: below.start()] if below else rest
        if not part.strip():
            return None
        parts.append(part.strip())
        body = rest[below.start() :] if below else ""
    return ("\n\n".join(parts), body) if parts else None


def _counted_levels(tokens: Sequence[Token]) -> frozenset[int]:
    """Heading levels whose headings are mostly bare numbers counting up ("# 1" to "#
    10"), five or more of them: an exam's or a problem set's numbered questions."""
    numbers: dict[int, list[int]] = {}
    totals: dict[int, int] = {}
    for index, level in _top_headings(tokens):
        totals[level] = totals.get(level, 0) + 1
        bare = re.fullmatch(r"\s*(\d{1,3})\.?\s*", tokens[index + 1].content)
        if bare is not None:
            numbers.setdefault(level, []).append(int(bare.group(1)))
    return frozenset(
        level
        for level, found in numbers.items()
        if len(found) >= 5
        and len(found) * 3 >= totals[level] * 2
        and sum(b == a + 1 for a, b in pairwise(found)) * 5 >= (len(found) - 1) * 4
    )


def _lettered_paragraphs_below(tokens: Sequence[Token], at: int) -> bool:
    """Whether the paragraphs from `at` open with the letters of choices, "A." to "B." at
    least, in order (the letter alone on its line or before the choice)."""
    letters: list[str] = []
    while at + 1 < len(tokens) and tokens[at].type == "paragraph_open" and len(letters) < 8:
        opened = re.match(r"\s*([A-H])\s*[.)、．:]", tokens[at + 1].content)
        if opened is None:
            break
        letters.append(opened.group(1))
        at = _skip(tokens, at)
    return len(letters) >= 2 and letters == [chr(ord("A") + n) for n in range(len(letters))]


_JUDGE_LINK = re.compile(
    r"\[([^\[\]\n]{2,160})\]\((https?://(?:www\.)?(?:leetcode\.com|leetcode\.cn|"
    r"hackerrank\.com|codewars\.com|codeforces\.com|atcoder\.jp|acmicpc\.net|"
    r"programmers\.co\.kr|lintcode\.com|nowcoder\.com|geeksforgeeks\.org/problems|"
    r"exercism\.org|cses\.fi)/[^()\s]*)\)"
)
"""A link to a problem on a judge's site ("[69. Sqrt(x)](https://leetcode.com/problems/…)")."""


_JUDGE_PROBLEM_PATH = re.compile(
    r"(?i)/(?:problems?|challenges|tasks|kata|exercises|problemset|contest/\d+/problem)/"
)
"""The path of one problem on a judge's site, not a list of them ("/problems/two-sum/")."""


def _judge_problem_item(content: str) -> tuple[str, str] | None:
    """The title and link of a list item or table cell that is only a link to a problem on
    a judge's site, with at most a short note after it ("[Two Sum](https://leetcode.com/
    problems/two-sum/) - DONE", "… (LeetCode Premium)"); None for anything else."""
    text = re.sub(r"^\s*(?:\[[ xX]\]\s*)?(?:\*\*|__)?", "", content.strip())
    linked = _JUDGE_LINK.match(text)
    if linked is None or not _JUDGE_PROBLEM_PATH.search(linked.group(2)):
        return None
    rest = text[linked.end() :].strip(" *_")
    if len(rest) > 40 or "?" in rest or "](" in rest:
        return None
    title = linked.group(1).strip(" *_`")
    return (title, linked.group(2)) if re.search(r"[^\W\d_]", title) else None


def _judged_problem_headings(tokens: Sequence[Token]) -> dict[int, tuple[str, str]]:
    """Headings of problems from a judge's site, where three or more are: the heading is
    the link ("### →[Revising the Select Query I](https://www.hackerrank.com/…)"), or its
    first paragraph is only that link ("# 1. 求开方" over "[69. Sqrt(x) (Easy)](…)"). Each
    is a question, its body the answer: (token index) → (title, link)."""
    found: dict[int, tuple[str, str]] = {}
    for index, _ in _top_headings(tokens):
        heading = tokens[index + 1].content
        linked = _JUDGE_LINK.search(heading)
        if linked is not None and not _JUDGE_LINK.sub("", heading).strip(" \t→-–—*_#:|"):
            found[index] = (linked.group(1).strip(" *_"), linked.group(2))
            continue
        after = _skip(tokens, index)
        if (
            after + 1 < len(tokens)
            and tokens[after].type == "paragraph_open"
            and (alone := _JUDGE_LINK.fullmatch(tokens[after + 1].content.strip())) is not None
            and heading.strip()
        ):
            found[index] = (_normal(heading).strip(" *_"), alone.group(2))
    return found if len(found) >= 3 else {}


def _right_under_a_label(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether the paragraph at `index` sits right under a heading that is only a
    question's label and number ("## Question 5", a rule between them or not), and says
    enough to be the question (three words or more, not a label of its own)."""
    at = index - 1
    while at >= 0 and tokens[at].type == "hr":
        at -= 1
    if at < 2 or tokens[at].type != "heading_close":
        return False
    if _NUMBER_LABEL.fullmatch(_normal(tokens[at - 1].content).strip()) is None:
        return False
    words = _normal(text).split()
    return (
        len(words) >= 3
        and _ANSWER_LABEL.match(text) is None
        and not _META_SECTION.match(_normal(text))
    )


def _labels_a_problem(
    heading: str,
    tokens: Sequence[Token],
    index: int,
    *,
    counting: bool = False,
    counted: frozenset[int] = frozenset(),
) -> bool:
    """Whether the heading only numbers a problem and a plain paragraph follows it (not
    a bold question: "## Question 7" over "**What is …?**" is only its number)."""
    # ("### **Aufgabe 1: Verzweigung & Logik (3 Punkte)**": the label set in bold)
    label = _PROBLEM_LABEL.match(_normal(heading).strip(" \t*_"))
    after = _skip(tokens, index)
    while after < len(tokens) and tokens[after].type == "hr":
        after += 1  # "## Question 1", then "___" under it, then the question
    if label is None and _KIND_HEADING.fullmatch(_normal(heading).strip()):
        title = ""  # "### ✅ 3. 判断题" ("true or false") over the statement to judge
    elif (
        label is None
        and _NUMBER_ONLY.fullmatch(_normal(heading).strip())
        and (
            _asked_further_down(tokens, index)
            # "### 2" over "Make an ER-diagram for a web application …" (counted towards
            # a level of labels, read as the heading it is)
            or (
                # ("#### 1.1" over "Wypisz do konsoli tekst …", a task numbered as a
                # sub-section: read as labelled too)
                (
                    counting
                    or re.fullmatch(r"\d{1,3}[.-]\d{1,3}\.?", _normal(heading).strip()) is not None
                )
                and after + 1 < len(tokens)
                and tokens[after].type == "paragraph_open"
                and _kind(tokens[after + 1].content.split("\n", 1)[0], {}) is not None
            )
            # "# 2" over "Represent each of the following signals by a graph": a level
            # of bare numbers counting up, an exam's questions whatever their wording
            or (
                int(tokens[index].tag[1]) in counted
                and after + 1 < len(tokens)
                and tokens[after].type == "paragraph_open"
            )
            # "## 1." over "数据库的三级模式结构中最接近用户的是：" and "A." / "内模式", "B."
            # …: a stem to complete, its lettered choices under it
            or (
                after + 1 < len(tokens)
                and tokens[after].type == "paragraph_open"
                and _lettered_paragraphs_below(tokens, _skip(tokens, after))
            )
        )
    ):
        title = ""  # "## 22" over "Given", its code, then "Which is correct?"
    elif label is None:
        # "### 12." over "**Question**" alone in its paragraph: only the number
        if not (
            after + 1 < len(tokens)
            and tokens[after].type == "paragraph_open"
            # (alone, or over the question after a line break: "**Question**  ↵ What …")
            and _BARE_QUESTION_LABEL.fullmatch(tokens[after + 1].content.split("\n", 1)[0])
            # ("### 1. K-nearest neighbors average prediction" over "**Question:**" and
            # the question on the lines under the label: numbered, and titled)
            and (
                _NUMBER_ONLY.fullmatch(_normal(heading).strip())
                or (
                    _NUMBERED_HEADING.match(_normal(heading)) is not None
                    and "\n" in tokens[after + 1].content.strip()
                )
            )
        ):
            return False
        title = ""
    else:
        title = _normal(heading).strip(" \t*_")[label.end() :]
    headed = False
    while (
        after + 1 < len(tokens)
        and tokens[after].type == "heading_open"
        and _STATEMENT_HEADING.fullmatch(_normal(_heading_text(tokens[after + 1])))
    ):
        after = _skip(tokens, after)  # "### Context" over the problem's setting
        headed = True
    if headed:
        # not when its parts ask in a numbered list ("#### Task" over "1. How many …?",
        # "2. What is …?"): those are the questions
        level = int(tokens[index].tag[1])
        at = after
        while at < len(tokens) and not (
            tokens[at].type == "heading_open" and int(tokens[at].tag[1]) <= level
        ):
            if tokens[at].type == "ordered_list_open" and tokens[at].level == 0:
                asking, _ = _asking_items(tokens, at, _skip(tokens, at), legend={})
                if asking >= 2:
                    return False
            at = _skip(tokens, at) if tokens[at].level == 0 else at + 1
    stated_below = False  # "**Problem Statement:**" (or "**Question:**") labels it
    while (
        after + 1 < len(tokens)
        and tokens[after].type == "paragraph_open"
        and (
            _FIELD_PARAGRAPH.fullmatch(tokens[after + 1].content)
            or _BARE_QUESTION_LABEL.fullmatch(tokens[after + 1].content)
        )
    ):
        # "**Source: Chapter 1**" over the question: a field; "**Question:**" alone: its
        # label
        stated_below = stated_below or bool(
            _BARE_QUESTION_LABEL.fullmatch(tokens[after + 1].content)
        )
        after = _skip(tokens, after)
    shown = after
    while shown < len(tokens) and tokens[shown].type == "fence" and shown - after < 4:
        shown += 1  # (a fence is one token)
    if (
        shown > after
        and shown + 1 < len(tokens)
        and tokens[shown].type == "paragraph_open"
        and _ends_as_question(tokens[shown + 1].content.split("\n", 1)[0])
    ):
        after = shown  # "## Question 25" over a class, then "Which two methods …?"
    if stated_below and after < len(tokens) and tokens[after].type == "fence" and not title:
        return True  # "## Q001" over "**문제**:" and the problem set in a fence
    if not (
        after + 1 < len(tokens)
        and tokens[after].type == "paragraph_open"
        and (
            _bold_line(tokens[after + 1], {}) is None
            # "**Problem Statement:**" and, on the next line, the problem
            or (
                "\n" in tokens[after + 1].content
                and _BARE_QUESTION_LABEL.fullmatch(tokens[after + 1].content.split("\n", 1)[0])
                is not None
            )
            # "### Question 11" over "**Kafka guarantees exactly-once delivery.**" and
            # "**Answer**: F": a statement in bold, to judge, not a question of its own
            or (
                label is not None
                and not title
                and _kind(tokens[after + 1].content.strip("*_ "), {}) is None
                and (judged := _skip(tokens, after)) + 1 < len(tokens)
                and tokens[judged].type == "paragraph_open"
                and _ANSWER_STATED.match(tokens[judged + 1].content) is not None
            )
        )
    ):
        return False
    if not title:
        return True
    if stated_below or (
        "\n" in tokens[after + 1].content
        and _BARE_QUESTION_LABEL.fullmatch(tokens[after + 1].content.split("\n", 1)[0])
    ):
        return True  # "### Puzzle 8: Find the Top 3 Horses" over "**Problem Statement:**"
    # "### Desafio 01. Segundo maior salário" over "Escreva uma consulta …": a title
    # that names the problem, and the paragraph under it that asks
    if len(title) > 60:
        return False
    if _kind(title) is not None and not (
        # "### Q2. COUNT vs COUNTA" over "… You want to count the products listed. Which
        # function?": the comparison names the problem, the paragraph asks it
        _compares(title)
        and _ends_as_question(tokens[after + 1].content.strip().rsplit("\n", 1)[-1])
    ):
        return False
    if _kind(tokens[after + 1].content.split("\n", 1)[0]) is not None:
        return True
    # "## Task 1. Unbiased estimator" over "We have a random sample …", then "Check if
    # both estimators are unbiased. Which of them is better?": a later paragraph asks
    depth = tokens[index].tag
    at = after
    for _ in range(8):
        if at + 1 >= len(tokens) or (tokens[at].type == "heading_open" and tokens[at].tag <= depth):
            return False
        if tokens[at].type == "paragraph_open" and _asks_somewhere(tokens[at + 1].content, {}):
            return True
        at = _skip(tokens, at)
    return False


def _labelled_number(heading: str) -> tuple[str, int] | None:
    """The label and number of a heading that only numbers a problem ("Exercice 5":
    ("exercice", 5); "30": ("", 30)); None for any other heading."""
    text = _normal(heading).strip()
    label = _PROBLEM_LABEL.match(text)
    if label is None and not _NUMBER_ONLY.fullmatch(text):
        return None
    number = re.search(r"\d{1,4}", label.group(0) if label else text)
    if number is None:
        return None
    word = re.match(r"[^\W\d_]+", text)
    return (word.group(0).lower() if word and label else "", int(number.group(0)))


def _asked_further_down(tokens: Sequence[Token], index: int) -> bool:
    """Whether, under the heading at `index`, the first paragraph does not ask ("Given")
    and a later one, before the next heading and after code, does ("Which is correct?")."""
    depth = tokens[index].tag
    at = _skip(tokens, index)
    seen = 0
    coded = introduced = False
    while at + 1 < len(tokens) and seen < 6:
        token = tokens[at]
        if token.type == "heading_open" and token.tag <= depth:
            return False
        if token.type in ("fence", "code_block"):
            coded = True
        if token.type == "paragraph_open":
            content = tokens[at + 1].content
            if seen == 0 and _asks_somewhere(content, {}):
                return False
            if seen and coded and _ends_as_question(content):
                return True
            lettered = re.match(r"\s*\(?[a-h]\)\s+(?=\S)", content)
            if seen and lettered and _kind(content[lettered.end() :], {}) is not None:
                return True  # "### 1", a schema and its tables, then "a) Skriv en query …"
            if seen == 1 and introduced and _kind(content.split("\n", 1)[0], {}) is not None:
                return True  # "An exercise in English:" over "Your task is to make …"
            introduced = seen == 0 and content.rstrip().endswith((":", "："))
            seen += 1
        at = _skip(tokens, at)
    return False


_WHOLE_ITALIC = re.compile(r"\s*(\*{1,3}|_{1,3})(?!\s)(.+?)(?<![\s*_])\1[.:;!?]?\s*", re.DOTALL)
"""A paragraph set wholly in italics (or bold italics): "*Describe …*", "_**Task 2**: …_"."""


def _bare_label(text: str) -> bool:
    """Whether a heading's text only labels ("Question", "Question:", "") and says nothing."""
    return not text.strip() or bool(_LABEL_HEADING.fullmatch(_normal(text).strip(" *_:：")))


def _italic_prompt(tokens: Sequence[Token], index: int, legend: dict[str, str]) -> str | None:
    """The prompt set in italics in the paragraph right under the heading at `index`,
    when it asks (a solution write-up: the exercise in italics, the answer in plain
    text); None otherwise."""
    after = _skip(tokens, index)
    if not (after + 1 < len(tokens) and tokens[after].type == "paragraph_open"):
        return None
    content = tokens[after + 1].content
    whole = _WHOLE_ITALIC.fullmatch(content)
    if whole is None or whole.group(1) == "**" or whole.group(1) == "__":
        return None
    asked = _BOLD_COLON_LABEL.sub("", whole.group(2), count=1)
    return asked if _looks_like_question(asked, legend) else None


def _italic_prompt_levels(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Heading levels where at least two headings have a prompt in italics under them."""
    counts: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and _italic_prompt(tokens, index, legend) is not None:
            # (not "## Spectral Analysis" over "*What are complex numbers …?*", "*How are
            # real and imaginary part related …?*", …: a topic over its questions in
            # italics, each one of them)
            at, prompts = _skip(tokens, index), 0
            while at < len(tokens) and tokens[at].type != "heading_open":
                if (
                    tokens[at].type == "paragraph_open"
                    and tokens[at].level == 0
                    and (whole := _WHOLE_ITALIC.fullmatch(tokens[at + 1].content)) is not None
                    and whole.group(1) not in ("**", "__")
                ):
                    prompts += 1
                at += 1
            if prompts < 2:
                counts[int(token.tag[1])] = counts.get(int(token.tag[1]), 0) + 1
    return {level for level, count in counts.items() if count >= 2}


def _q_numbered(number: re.Match[str]) -> bool:
    """Whether a letter leads the number ("Q1。", not "1.")."""
    return number.group(0).lstrip()[:1].isalpha()


_SETS_TASKS_HEADING = re.compile(
    r"(?i)[\W_]*(?:please\s+)?(?:complete|do|solve|try|work\s+(?:on|through)|implement)\s+"
    r"(?:the\s+|these\s+)?(?:following\s+)?(?:tasks|exercises|problems|challenges)\b[\s:：.*_]*"
)
"""A heading that sets what follows as the reader's tasks ("Complete the following
tasks:")."""


def _numbered_heading_levels(
    tokens: Sequence[Token], legend: dict[str, str]
) -> set[tuple[int, bool]]:
    """Heading levels (and whether a "Q" leads the number) where numbered headings are
    mostly questions: there, every numbered heading is one ("## 14. Expected value" in
    a list of numbered questions; "### Q1。…" of a translated list, but not "### 1.
    Q-Value" among "### Q1: …?")."""
    counts: dict[tuple[int, bool], list[int]] = {}
    parents: dict[int, str] = {}  # the last heading seen at each level
    for position, token in enumerate(tokens):
        if token.type != "heading_open" or position + 1 >= len(tokens):
            continue
        heading = _normal(_heading_text(tokens[position + 1]))
        depth = int(token.tag[1])
        parents = {lv: name for lv, name in parents.items() if lv < depth}
        number = _heading_number(heading)
        parents[depth] = heading
        if number is None:
            continue
        level = (depth, _q_numbered(number))
        tally = counts.setdefault(level, [0, 0, 0, 0, 0, 0])
        tally[0] += 1
        # "## 7. Find Factorial" over "### Solution": a problem, solved under it
        tally[4] += _solved_below(tokens, position, depth)
        tally[1] += _looks_like_question(heading, legend)
        # "# LeetCode Questions" over "## 1. Path Sum III. You are given …" and its
        # solution: under a heading that names questions, a numbered heading with no
        # deeper heading and no list of questions in its section is one
        above = [name for lv, name in parents.items() if lv < depth]
        leaf = bool(above) and _a_leaf_section(tokens, position, depth, legend)
        tally[2] += leaf and bool(_QUESTIONS_HEADING.search(above[-1]))
        # ("# Top 50 Machine Learning Questions" over "## Fundamentals" over "### 1.
        # Bias-variance tradeoff": a title further up names them)
        tally[3] += leaf and any(
            _QUESTIONS_HEADING.search(name) and not _META_SECTION.match(name) for name in above
        )
        # "## Complete the following tasks:" over "### 1. Add 2 new trivia questions": set
        # as the reader's tasks, whatever each says
        tally[5] += bool(above) and bool(_SETS_TASKS_HEADING.match(above[-1]))
    return {
        level
        for level, (n, q, named, titled, solved, tasked) in counts.items()
        if n >= 3
        and (
            q * 2 >= n
            or named == n
            or tasked == n
            or (n >= 10 and titled * 10 >= n * 9)
            or solved * 4 >= n * 3
        )
    }


def _solved_below(tokens: Sequence[Token], position: int, depth: int) -> bool:
    """Whether a heading's section holds a deeper heading that labels an answer ("###
    Solution", "### Answer") before the next heading of its level or above."""
    at = _skip(tokens, position)
    while at < len(tokens) - 1:
        token = tokens[at]
        if token.type == "heading_open" and token.level == 0:
            if int(token.tag[1]) <= depth:
                return False
            if _ANSWER_HEADING.fullmatch(_normal(_heading_text(tokens[at + 1]))):
                return True
        at += 1
    return False


def _a_leaf_section(
    tokens: Sequence[Token], position: int, depth: int, legend: dict[str, str]
) -> bool:
    """Whether the section of the heading at `position` ends at a heading of its level
    or above, with no list of questions and no paragraph that asks inside."""
    at = _skip(tokens, position)
    while at < len(tokens):
        token = tokens[at]
        if token.type == "heading_open":
            return int(token.tag[1]) <= depth
        if token.type == "paragraph_open" and at + 1 < len(tokens):
            first = _normal(tokens[at + 1].content.split("\n", 1)[0])
            if _QUESTION_START.match(first.lstrip("*_ ")) or _ends_as_question(first):
                return False  # "**Q1:** What is …?" under "## 1. Career"
        if token.type in ("bullet_list_open", "ordered_list_open"):
            end = _skip(tokens, at)
            if _ask_share(tokens, at, end, legend) >= 0.5:
                return False
            at = end
            continue
        at += 1
    return True


def _question_heading_levels(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Heading levels where at least 5 headings and 2 in 3 of them ask: there, a heading
    that compares ("Standardisation vs. Normalisation", "Bias/Variance tradeoff") is a
    question too."""
    counts: dict[int, list[int]] = {}
    for position, token in enumerate(tokens):
        if token.type != "heading_open" or position + 1 >= len(tokens):
            continue
        tally = counts.setdefault(int(token.tag[1]), [0, 0])
        tally[0] += 1
        tally[1] += _looks_like_question(_heading_text(tokens[position + 1]), legend)
    return {level for level, (n, q) in counts.items() if n >= 5 and q * 3 >= n * 2}


def _problem_paragraphs(
    tokens: Sequence[Token], lines: Sequence[str], legend: dict[str, str]
) -> set[int]:
    """0-based first lines of problems stated in a short paragraph, with their working in
    an indented list right under them ("Sum of odd numbers to 50" / "  * Total sum is
    …"), three or more in a row under a heading that names questions; a problem between
    them with no working is one too."""
    found: set[int] = set()
    run: list[tuple[int, str, bool]] = []  # (line, text, with working under it)
    heading = ""

    def flush() -> None:
        worked = sum(listed for _, _, listed in run)
        if worked >= 3 and any(_kind(text, legend) is not None for _, text, _ in run):
            found.update(line for line, _, _ in run)
        run.clear()

    at = 0
    while at < len(tokens) - 3:
        token = tokens[at]
        if token.level != 0 or token.map is None:
            at += 1
            continue
        if token.type == "heading_open":
            flush()
            heading = _normal(_heading_text(tokens[at + 1]))
            at = _skip(tokens, at)
            continue
        if token.type == "paragraph_open":
            after = at + 3
            text = tokens[at + 1].content.strip()
            below = tokens[after] if after < len(tokens) else None
            listed = bool(
                below is not None
                and below.type in ("bullet_list_open", "ordered_list_open")
                and below.map
                and (
                    lines[below.map[0]][:1] in (" ", "\t")
                    # "difference between `where` and `having`" over "- both filter …":
                    # a one-line prompt, its points right under it
                    or (
                        "\n" not in text
                        and not re.search(r"[.:：。]\s*$", text)
                        and not _NUMBERED_LINE.match(text)  # "7 - Explica …": numbered
                    )
                )
            )
            joined = re.sub(r"\s*\n\s*", " ", text)
            if (
                _QUESTIONS_HEADING.search(heading)
                and len(text) <= 300
                and text.count("\n") <= 2
                and _bold_line(tokens[at + 1], legend) is None
                # one without working asks, or states a problem (no closing "." or ":")
                and (
                    listed
                    or _kind(joined, legend) is not None
                    or not re.search(r"[.:：。]\s*$", joined)
                )
            ):
                run.append((token.map[0], joined, listed))
                at = _skip(tokens, after) if listed else _skip(tokens, at)
                continue
        flush()
        at = _skip(tokens, at)
    flush()
    return found


def _numbered_bold_lines(
    tokens: Sequence[Token], legend: dict[str, str], front_title: str = ""
) -> set[int]:
    """0-based first lines of bold numbered paragraphs ("**2. Clustered vs non-clustered
    index**"), each with an answer under it, in a document whose title (its first heading,
    or else its front matter's title) says it holds questions ("Data Engineering
    Interview Q&A"): at least three, numbered 1, 2, 3 …, they are its questions, terse or
    not ("**5 Jacobian，Hessian 矩阵及其在深度学习中的重要性**" too)."""
    first = next((at for at, t in enumerate(tokens[:-1]) if t.type == "heading_open"), None)
    bold = next(
        (
            at
            for at, t in enumerate(tokens[:-1])
            if t.type == "inline" and t.content.startswith(("**", "__"))
        ),
        len(tokens),
    )
    # (a heading below the first bold line, "# 附录" (appendix) at the end, is no title)
    title = (
        _normal(_heading_text(tokens[first + 1]))
        if first is not None and (first < bold or not front_title)
        else _normal(front_title)
    )
    if not _QUESTIONS_HEADING.search(title):
        return set()
    lines: set[int] = set()
    expected = 1
    for at, token in enumerate(tokens[:-1]):
        if token.type != "paragraph_open" or token.level != 0 or token.map is None:
            continue
        inline = tokens[at + 1]
        whole = re.fullmatch(
            r"\s*(\*\*|__)\s*(\d{1,3})(?:[.)]\s*(?!\d)|\s+)((?:(?!\1)[^\n]){2,400}?)\1\s*",
            inline.content,
        )
        if whole is None:
            continue
        number = int(whole.group(2))
        below = at + 3  # the block after the paragraph's open, inline and close tokens
        follows = below < len(tokens) and (
            tokens[below].type not in ("paragraph_open", "heading_open")
            or (
                tokens[below].type == "paragraph_open"
                and below + 1 < len(tokens)
                and _bold_line(tokens[below + 1], legend) is None
            )
        )
        # (counting on, or from 1 again; a number or two left out, as "3" is when its
        # author dropped the question)
        if expected <= number <= expected + 2 or (number == 1 and expected > 1):
            if follows:
                lines.add(token.map[0])
            expected = number + 1
    return lines if len(lines) >= 3 else set()


def _bold_topic_lines(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """0-based lines of paragraphs that are one bold span naming a topic ("**Data
    races**"), each over its answer, in a document whose title says it holds questions,
    where at least five such paragraphs are and a third of them ask ("**What is
    AREL?**"): cards, the terse ones asked as the others are. Not one with a colon
    ("**Example:**" labels a part of an answer), nor one over a list that asks (a
    section of questions)."""
    title = next(
        (
            _normal(_heading_text(tokens[at + 1]))
            for at, t in enumerate(tokens[:-1])
            if t.type == "heading_open"
        ),
        "",
    )
    if not _QUESTIONS_HEADING.search(title) or _META_SECTION.match(title):
        return set()
    cards = 0
    asking = 0
    topics: set[int] = set()
    for at, token in enumerate(tokens[:-1]):
        if token.type != "paragraph_open" or token.level != 0 or token.map is None:
            continue
        whole = re.fullmatch(r"\s*(\*\*|__)((?:(?!\1)[^\n]){2,300}?)\1\s*", tokens[at + 1].content)
        if whole is None:
            continue
        cards += 1
        inside = whole.group(2).strip()
        if _kind(inside, legend) is not None:
            asking += 1
            continue
        below = at + 3  # the block after the paragraph's open, inline and close tokens
        if (
            len(inside) > 80
            or re.search(r"[:：.。]$", inside)
            or not re.search(r"[^\W\d_]{2}", inside)
            or below >= len(tokens)
            or tokens[below].type == "heading_open"
            or (
                tokens[below].type == "paragraph_open"
                and re.fullmatch(r"\s*(\*\*|__).*\1\s*", tokens[below + 1].content)
            )
            or (
                tokens[below].type in ("bullet_list_open", "ordered_list_open")
                and any(
                    t.type == "inline" and _ends_as_question(t.content)
                    for t in tokens[below : _skip(tokens, below)]
                )
            )
        ):
            continue
        topics.add(token.map[0])
    return topics if cards >= 5 and asking >= 3 and 3 * asking >= cards else set()


def _glyph_question_levels(tokens: Sequence[Token], legend: dict[str, str]) -> dict[int, str]:
    """The glyph that marks question headings at a level ("### ✅ What is BERT?"): at
    least 5 headings there start with it and 3 in 4 of those ask. A terse heading with
    the same glyph ("### ✅ NER and POS Tagging") is one of the questions."""
    tallies: dict[tuple[int, str], list[int]] = {}
    for position, token in enumerate(tokens):
        if token.type != "heading_open" or position + 1 >= len(tokens):
            continue
        heading = _heading_text(tokens[position + 1])
        glyph = _LEAD_SYMBOLS.match(_normal(heading))
        if glyph is None:
            continue
        key = (int(token.tag[1]), glyph.group(0).strip())
        tally = tallies.setdefault(key, [0, 0])
        tally[0] += 1
        tally[1] += _looks_like_question(heading, legend)
    return {level: glyph for (level, glyph), (n, q) in tallies.items() if n >= 5 and q * 4 >= n * 3}


def _compares(heading: str) -> bool:
    """ "A vs. B", "A versus B", "A/B tradeoff": a prompt to compare."""
    text = _normal(heading)
    return len(text) <= 80 and bool(
        re.search(r"\w\s+(?:vs\.?|versus)\s+\w|[^\W\d_]{3,}/[^\W\d_]{3,}", text, re.I)
    )


def _named_question_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings under a heading that names them questions ("## interview questions" over
    "### Gradient vanish and explotion", "### DNN and CNN" and "### why non-linearities
    in NN"): three or more sub-headings of one level, none deeper, fewer than half of
    them asking but one or more, each short and over prose that answers it (at most one
    line that asks, never the first). Each is a question, though most only name a
    topic."""
    heads = _named_headings(tokens)
    found: set[int] = set()
    for n, (_, level, text) in enumerate(heads):
        if not _QUESTIONS_HEADING.search(text) or _META_SECTION.match(text):
            continue
        subs: list[tuple[int, int, str]] = []
        for below in heads[n + 1 :]:
            if below[1] <= level:
                break
            subs.append(below)
        if len(subs) < 3 or len({lv for _, lv, _ in subs}) != 1:
            continue
        asking = sum(_kind(sub, legend) is not None for _, _, sub in subs)
        if not 1 <= asking * 2 < len(subs):
            continue  # (where most ask, those that do not are other sections: "See Also")
        if any(
            len(sub.split()) > 10
            or _QUESTIONS_HEADING.search(sub)
            or sub.rstrip("*_ ").endswith((":", "："))  # "✅ Use Case:", a part of an answer
            or _ANSWER_PART.fullmatch(_section_name(sub))
            for _, _, sub in subs
        ):
            continue
        ends = [below[0] for below in subs[1:]] + [
            next((h for h, lv, _ in heads[n + 1 + len(subs) :]), len(tokens))
        ]
        answered = True
        for (sub_at, _, _), stop in zip(subs, ends, strict=True):
            rows = [
                row
                for token in tokens[_skip(tokens, sub_at) : stop]
                if token.type == "inline"
                for row in token.content.split("\n")
                if row.strip()
            ]
            asked = [
                k for k, row in enumerate(rows) if _kind(_ITEM_MARK.sub("", row, count=1), legend)
            ]
            if not rows or len(asked) > 1 or 0 in asked:
                answered = False
                break
        if answered:
            found.update(sub_at for sub_at, _, _ in subs)
    return found


_NUMBER_LABEL = re.compile(
    r"(?i)[\W_]*(?:question|q|problem|task|case|вопрос|задача|pregunta|pergunta|问题|题目|질문)"
    r"\s*#?\s*\d{1,4}[\W_]*"
)
"""A heading that is only a question's label and number ("## Question 3")."""


def _answer_section_headings(tokens: Sequence[Token], legend: dict[str, str]) -> set[int]:
    """Headings of an answer's sections, at the question's level: "## Question 1" over
    the question, "## Answer", then "## Architecture Explanation", "## Trade-offs" up to
    the next label or a heading that names questions ("## Follow-up Questions"). Two
    labelled pairs or more."""
    heads = _named_headings(tokens)
    pairs = [
        n
        for n in range(len(heads) - 1)
        if _NUMBER_LABEL.fullmatch(heads[n][2])
        and _ANSWER_HEADING.fullmatch(heads[n + 1][2])
        and heads[n + 1][1] == heads[n][1]
    ]
    if len(pairs) < 2:
        return set()
    found: set[int] = set()
    for n in pairs:
        level = heads[n][1]
        for at, below, text in heads[n + 2 :]:
            if (
                below < level
                or _NUMBER_LABEL.match(text)  # ("#### Problem 3 (Jane Street)")
                or _NUMBERED_HEADING.match(text)
                or _LABEL_HEADING.fullmatch(text)
                or _ANSWER_HEADING.fullmatch(text)
                or _QUESTIONS_HEADING.search(text)
            ):
                break
            if below == level and _kind(text, legend) is None:
                found.add(at)
    return found


_CASE_VERB = re.compile(
    r"(?i)^(?:design|build|architect|implement|create|develop|model)\s+(?:an?|the|your)\s"
)


def _case_prompt(
    tokens: Sequence[Token], lines: Sequence[str], legend: dict[str, str]
) -> Found | None:
    """A document that states one case under its title and works it out ("# URL
    Shortening System", "Design a URL shortening system like TinyURL.", then "## 1.
    Clarify Requirements" …): the prompt, with the rest of the document as its answer.
    Only a one-paragraph prompt that orders a design or build, right under the only
    level-1 heading, over three or more sections."""
    if len(tokens) < 6 or tokens[0].type != "heading_open" or tokens[0].tag != "h1":
        return None
    if sum(t.type == "heading_open" and t.tag == "h1" and t.level == 0 for t in tokens) != 1:
        return None
    at = _skip(tokens, 0)
    if (
        at + 1 < len(tokens)
        and tokens[at].type == "heading_open"
        and tokens[at].tag == "h2"
        and re.fullmatch(
            r"(?i)[\W\d_]*(?:the\s+)?(?:problem(?:\s+statement)?|prompt|question|task|"
            r"scenario|challenge)[\W_]*",
            _normal(_heading_text(tokens[at + 1])),
        )
    ):
        at = _skip(tokens, at)  # "## 1. Problem Statement" over the prompt
    block = tokens[at].map
    if tokens[at].type != "paragraph_open" or block is None:
        return None
    prompt = " ".join(tokens[at + 1].content.split())
    if len(prompt) > 400 or not _CASE_VERB.match(prompt) or _kind(prompt, legend) is None:
        return None
    sections = sum(t.type == "heading_open" and t.tag == "h2" for t in tokens)
    if sections < 3:
        return None
    end = block[1]
    after = _skip(tokens, at)
    listed = tokens[after].map if after < len(tokens) else None
    if (
        prompt.endswith((":", "："))
        and listed is not None
        and tokens[after].type in ("bullet_list_open", "ordered_list_open")
    ):
        # "… that can detect and prevent abuse across:" and the list it introduces
        end = listed[1]
        prompt = f"{prompt}\n\n{_dedent(chr(10).join(lines[block[1] : end])).strip()}"
    answer = tidy_answer("\n".join(lines[end:]))
    return Found(prompt, block[0] + 1, "line", answer=answer, end=len(lines))


def _has_body(tokens: Sequence[Token], index: int) -> bool:
    """Whether a heading is followed by content of its own (not straight by another
    heading or the end)."""
    position = _skip(tokens, index)
    while position < len(tokens) and tokens[position].type == "hr":
        position += 1
    if position >= len(tokens) or tokens[position].type == "heading_open":
        return False
    return not (
        tokens[position].type == "html_block"
        and re.fullmatch(r"(?is)\s*(?:<br\s*/?>\s*)+", tokens[position].content)
    )


_QUESTIONS_FOR_US = re.compile(
    r"(?i)\bquestions?\s+(?:do\s+you\s+have|for\s+(?:us|me|the\s+(?:team|interviewer)))\b|"
    r"\b(?:do|did)\s+you\s+have\s+any\s+questions\b"
)
"""A question that asks the candidate for theirs ("What questions do you have for us?")."""


def _titles_questions_below(tokens: Sequence[Token], index: int, legend: dict[str, str]) -> bool:
    """Whether a heading that asks ("# Q1. Top SQL interview questions for a Data
    Scientist?") names questions and holds a list of them (at least 5 items, 3 in 4 of
    them asking) before the next heading of its level or above: a title over questions,
    not one question whose answer lists others."""
    heading = _heading_text(tokens[index + 1])
    kind = _kind(heading, legend)
    if kind is None or _QUESTIONS_FOR_US.search(heading):
        # ("### Q19: What questions do you have for us?" over the questions to ask back:
        # one question, those its answer)
        return False
    level = int(tokens[index].tag[1])
    position = _skip(tokens, index)
    if not _QUESTIONS_HEADING.search(heading):
        # "### Tell Me About Yourself" right over "1. Can you tell me a little about
        # yourself?", "2. Walk me through your resume." …: a title worded as a prompt
        return (
            kind == "word"
            and position < len(tokens)
            and tokens[position].type in ("bullet_list_open", "ordered_list_open")
            and _mostly_questions(tokens, position, _skip(tokens, position), legend)
        )
    while position < len(tokens):
        token = tokens[position]
        if token.type == "heading_open" and int(token.tag[1]) <= level:
            return False
        if token.type in ("bullet_list_open", "ordered_list_open") and token.level == 0:
            end = _skip(tokens, position)
            if _mostly_questions(tokens, position, end, legend):
                return True
            position = end
            continue
        position += 1
    return False


def _marked_over_questions(tokens: Sequence[Token], index: int, legend: dict[str, str]) -> bool:
    """Whether a heading asks only by a difficulty glyph ("# 🔴 Lead the effort to …")
    and the next heading, deeper, asks ("## 1. Can you describe …?"): a section whose
    questions are below it, marked by colour."""
    heading = _heading_text(tokens[index + 1])
    cleaned, difficulty = _clean(heading, legend)
    if difficulty is None or _kind(cleaned, legend) is not None:
        return False
    level = int(tokens[index].tag[1])
    position = _skip(tokens, index)
    if position < len(tokens) and tokens[position].type in (
        "bullet_list_open",
        "ordered_list_open",
    ):
        # "## 🟡 2. SEVİYE: GELİŞMİŞ MANTIK" right over "* **Soru:** …?" items
        return _ask_share(tokens, position, _skip(tokens, position), legend) >= 0.5
    # "## 🟢 Branching, Merging & Conflicts" over "**Q1. [L1] … ?**" paragraphs: two or
    # more bold questions before the next heading
    bold_asked = 0
    while position < len(tokens) and tokens[position].type != "heading_open":
        if (
            tokens[position].type == "paragraph_open"
            and tokens[position].level == 0
            and position + 1 < len(tokens)
            and re.match(r"\s*(\*\*|__)", tokens[position + 1].content)
            and _kind(tokens[position + 1].content.split("\n", 1)[0], legend) == "mark"
        ):
            bold_asked += 1
        position += 1
    if bold_asked >= 2:
        return True
    return (
        position + 1 < len(tokens)
        and int(tokens[position].tag[1]) > level
        and _kind(_heading_text(tokens[position + 1]), legend) is not None
    )


_ANSWER_PART_HEADING = re.compile(
    r"(?i)(?:[^\w\s*_]{1,3}\s*|[^\n]*[:：]\s*$|(?:final\s+)?(?:answer|solution|explanation|why|how|"
    r"example|step|intuition|insight|strategy|approach|proof|calculation|reasoning)s?\b)"
)
"""A heading that opens a part of an answer ("✅ Solution:", "Why This Works:", "🧠
Example"), not a section of its own ("Brain teasers")."""
_SOLUTION_HEADING = re.compile(
    r"(?i)[\W_]*(?:feedback|(?:correct\s+)?answers?|solutions?|explanations?|"
    r"answers?\s+(?:and|&)\s+explanations?|back(?:\s+side)?)[\W_]*"
)
"""A heading over the answer of the question above it ("## Solution", "### Feedback", a
card's "### Back")."""


def _loose_questions(
    lines: Sequence[str],
    unplaced: Sequence[tuple[int, str]],
    kept: Sequence[Found],
    headings: Sequence[tuple[int, int, str]],
    legend: dict[str, str],
) -> tuple[list[Found], list[tuple[int, str]]]:
    """Questions of a layout no rule knows, and the lines still unplaced.

    When three or more lines that ask start a block of their own (after a blank line or
    a heading, not inside a paragraph of prose) and no layout placed them, the document
    is a list in a shape of its own: each such line is a question, and what follows it,
    up to the next one, a heading or a placed question, is its answer. Fewer than three
    stay reported as unplaced (a rhetorical question in an essay is not a list).
    """

    # (headings come in the order of their lines: the one above a line is found by
    # bisection, so a long document of many headings is not read once a line)
    heading_lines = [at for at, _, _ in headings]
    heading_stacks: list[list[str]] = []  # the sections open under each heading
    open_sections: list[tuple[int, str]] = []
    for _, level, heading in headings:
        open_sections = [(lv, h) for lv, h in open_sections if lv < level] + [(level, heading)]
        heading_stacks.append([h for _, h in open_sections])

    def heading_above(number: int) -> int:
        """The index in `headings` of the last heading above line `number`, or -1."""
        return bisect.bisect_left(heading_lines, number) - 1

    def after_rule(number: int) -> bool:
        """Whether a rule (or nothing) is above the line: a block of a quiz split by rules."""
        at = number - 2
        while at >= 0 and not lines[at].strip():
            at -= 1
        above = lines[at] if at >= 0 else ""
        return not above or bool(re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", above))

    def solved_below(above: int) -> bool:
        """Whether heading `above` states a problem ("### Description") and the next
        heading gives its solution ("### Solution"): a problem's page."""
        return (
            bool(_STATEMENT_HEADING.fullmatch(_normal(headings[above][2])))
            and above + 1 < len(headings)
            and bool(_SOLUTION_HEADING.fullmatch(_normal(headings[above + 1][2])))
        )

    quizzes: dict[int, bool] = {}
    unplaced_lines = sorted({n for n, _ in unplaced})

    def quiz_under(above: int) -> bool:
        """Whether three or more paragraphs under heading `above` ask, each over a list
        of choices ("## AWS Well-Architected Framework" over "…どれですか？" and its
        options): a quiz on the subject the heading names, not a method of answering."""
        if above not in quizzes:
            first = headings[above][0]
            last = headings[above + 1][0] - 1 if above + 1 < len(headings) else len(lines)
            asked = unplaced_lines[
                bisect.bisect_right(unplaced_lines, first) : bisect.bisect_right(
                    unplaced_lines, last
                )
            ]
            quizzes[above] = (
                sum(
                    1
                    for n in asked
                    if n + 2 <= len(lines)
                    and not lines[n].strip()
                    and re.match(r"\s*[-*+]\s", lines[n + 1])
                )
                >= 3
            )
        return quizzes[above]

    def under_meta(number: int) -> bool:
        """Whether the section it is in is not one of questions to practise ("10.
        Questions to ask the interviewer")."""
        above = heading_above(number)
        if (
            above < 0
            or not _META_SECTION.match(_normal(headings[above][2]))
            or solved_below(above)  # ("### Description" of a problem, over its solution)
            or quiz_under(above)
            # "## Introduction" over three questions or more: the list's first chapter
            or (
                re.fullmatch(r"(?i)\W*introduction\W*", _normal(headings[above][2])) is not None
                and bisect.bisect_left(
                    unplaced_lines,
                    headings[above + 1][0] if above + 1 < len(headings) else len(lines) + 1,
                )
                - bisect.bisect_right(unplaced_lines, headings[above][0])
                >= 3
            )
        ):
            return False
        # a rule of hashes or dashes since that heading ends its section
        return not any(
            re.fullmatch(r"\s*(?:#{7,}|-{3,}|\*{3,}|_{3,}|={7,})\s*", row)
            for row in lines[headings[above][0] : number - 1]
        )

    starts = [
        (number, text)
        for number, text in unplaced
        if _starts_block(lines, number)
        and not under_meta(number)
        and not lines[number - 1].startswith("    ")
        # ("#### Resposta: ?) ???" in a fold under a question not written yet: an
        # answer's label, whatever follows it)
        and not _labels_an_answer(text)
        # a line of a list is short: not a paragraph of prose that ends by asking (unless
        # rules set it apart: "------" / "Suppose … Which of the following …?", or its
        # lettered choices follow it)
        and (
            (len(text) <= 220 and len(re.findall(r"[.!?](?=\s+[A-Z])", text)) <= 1)
            or (after_rule(number) and len(text) <= 1200)
            or (len(text) <= 1500 and len(_choices_below(lines, number)) >= 2)
        )
    ]

    def under_questions(number: int) -> bool:
        above = heading_above(number)
        return above >= 0 and (
            bool(_QUESTIONS_HEADING.search(headings[above][2])) or solved_below(above)
        )

    # fewer than three count when each sits under a heading naming questions ("## 问答内容"
    # over two "> 什么是…？" lines)
    if len(starts) < 3 and not (
        starts
        and all(under_questions(n) and not re.search(r"https?://|\{\{", t) for n, t in starts)
    ):
        # ("… What should you do?" over "A. …" to "D. …": one exam question a file)
        starts = [(n, t) for n, t in starts if len(_choices_below(lines, n)) >= 3]
    if len(starts) < 3 and not (
        starts
        and all(
            (under_questions(n) and not re.search(r"https?://|\{\{", t))
            or len(_choices_below(lines, n)) >= 3
            for n, t in starts
        )
    ):
        return [], list(unplaced)
    starts += _loose_prompts(lines, starts, kept, legend)
    starts.sort()
    chosen = {number for number, _ in starts}
    # "### Question 2:" or "**Question 2**" alone right over the line that asks: the
    # question's number, where it starts (and where the answer above it ends)
    numbered_at: dict[int, int] = {}
    for number, _ in starts:
        above = number - 2
        while above >= 0 and not lines[above].strip():
            above -= 1
        if (
            above >= 0
            and _NUMBER_ONLY.fullmatch(
                re.sub(r"^\s*(?:>\s*)*(?:#{1,6}\s+)?", "", lines[above]).strip(" *_\t")
            )
            # (not "6379." right under "What is the default port of Redis?": an answer)
            and (above == 0 or not lines[above - 1].strip() or lines[above].lstrip()[:1] == "#")
        ):
            numbered_at[number] = above + 1
    # where three or more are, every number of theirs starts a question: the line under
    # it is the question even when it does not ask ("**Question 3**" over "The function
    # `dim()` gives the …", a blank to fill), and a line that asks before the next number
    # is more of it ("You have two vectors:", their code, "How do you join them?")
    stated_to: dict[int, int] = {}  # a question's first line → its text's last line
    if len(numbered_at) >= 3:

        def shape(at: int) -> str:
            return re.sub(r"\d+", "#", lines[at - 1].strip())

        shapes = {shape(at) for at in numbered_at.values()}
        numbers = [
            at
            for at in range(1, len(lines) + 1)
            if shape(at) in shapes
            and _NUMBER_ONLY.fullmatch(
                re.sub(r"^\s*(?:>\s*)*(?:#{1,6}\s+)?", "", lines[at - 1]).strip(" *_\t")
            )
        ]
        bounds = sorted({*numbers, *(line for line, _, _ in headings), len(lines) + 1})
        # (sorted line numbers and sets: a long quiz is not read once per question)
        labelled = set(numbered_at.values())
        start_lines = sorted(n for n, _ in starts)
        merged: set[int] = set()
        # (lines a layout already read: "#### Tanong 6" over a bold question kept)
        read = {n for item in kept for n in range(item.line, max(item.line, item.end) + 1)}
        for at in numbers:
            if at in labelled or at in read:
                continue
            first = at + 1
            while first <= len(lines) and not lines[first - 1].strip():
                first += 1
            if first in read:
                continue
            block_end = bounds[bisect.bisect_right(bounds, at)]
            row = lines[first - 1].strip() if first < block_end else ""
            if not re.search(r"[^\W\d_]{2}", row) or re.match(r"(?:```|~~~|[-*+]\s|\||<)", row):
                continue
            inside = start_lines[
                bisect.bisect_right(start_lines, first) : bisect.bisect_left(start_lines, block_end)
            ]
            if not inside and not _ends_as_question(row):
                # (a line that asks right under the code it shows: no block of its own)
                fenced = False
                for n in range(first + 1, block_end):
                    if re.match(r"\s*(?:```|~~~)", lines[n - 1]):
                        fenced = not fenced
                    elif not fenced and (
                        _OPTION.match(lines[n - 1].strip("+-* \t"))
                        or _LETTERED_OPTION.match(lines[n - 1].strip("+-* \t"))
                    ):
                        break
                    elif not fenced and _ends_as_question(lines[n - 1].strip()):
                        inside = [n]
                        break
            starts.append((first, row))
            chosen.add(first)
            numbered_at[first] = at
            if inside:
                stated_to[first] = inside[-1]
                merged.update(inside)
        starts = [(n, t) for n, t in starts if n not in merged]
        chosen -= merged
        starts.sort()
    stops = sorted(
        {number for number, _ in starts}
        | set(numbered_at.values())
        | {line for line, _, _ in headings}
        | {item.line for item in kept}
        | {len(lines) + 1}
    )
    answer_headings = {at for at, _, name in headings if _SOLUTION_HEADING.fullmatch(_normal(name))}
    loose: list[Found] = []
    labels_only: set[int] = set()
    for number, _ in starts:
        raw = lines[number - 1]
        if _LABEL_HEADING.fullmatch(_normal(raw).strip(" *_:：")):
            # "**Question:**" over the paragraph that asks: not a question itself
            labels_only.add(number)
            continue
        plain = re.sub(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+)?", "", raw)
        question, note = _split_source(plain.strip())
        text, difficulty = _clean(question, legend)
        answer_part = ""
        if "?" in text and not _ends_as_question(text):
            # "**Q: … ?** <br> the answer" on one line
            asked, _, answer_part = text.rpartition("?")
            if _HOW_TO_ANSWER.match(answer_part.strip(" *_")):
                answer_part = ""  # "…? Round your answer to …": still the question
            else:
                text = asked + "?"
        text = _TRAILING_BR.sub("", text).strip(" *_")
        if not re.search(r"[^\W\d_]{2}", text):
            chosen.discard(number)
            continue
        stop = next(s for s in stops if s > number)
        if stop in answer_headings:
            # "## Feedback" (or "## Answer") under the question: its answer's heading
            stop = next(s for s in stops if s > stop)
        item = Found(
            text, numbered_at.get(number, number), "loose", difficulty=difficulty, source_note=note
        )
        item.end = stop - 1
        while item.end > number and not lines[item.end - 1].strip(" \t>"):
            item.end -= 1  # blank lines and empty quote lines ("> ") end no answer
        asked_to = stated_to.get(number, number)
        if asked_to > number:
            text = f"{text}\n\n{_dedent(chr(10).join(lines[number:asked_to])).strip()}"
            item.text = text
        shown_to = _fence_below(lines, asked_to) if _SHOWN_BELOW.search(text) else None
        if shown_to is not None and shown_to <= item.end:
            # "次のPythonコードの出力結果は何でしょうか？" ("what does the following code
            # print?") over its code, then its options: the code is part of the question
            text = f"{text}\n\n{_dedent(chr(10).join(lines[asked_to:shown_to])).strip()}"
            item.text = text
            asked_to = shown_to
        choices = _choices_below(lines, asked_to) if not answer_part.strip() else []
        shown = [lines[at - 1].strip() for at in choices]
        bullets = _bullet_choices(lines, asked_to) if not choices else []
        if (
            bullets
            and not answer_part.strip()
            and (
                _PICK.search(text)
                # ("- A. …" / "- B. …": lettered in order, whatever the question says)
                or all(
                    (option := _LETTERED_OPTION.match(lines[at - 1])) is not None
                    and option.group(1).upper() == "ABCDEFGH"[n]
                    for n, at in enumerate(bullets)
                )
            )
        ):
            # "…は次のうちどれですか？" over "- …" bullets: the choices, unlettered; one
            # marked right ("+ c) `c(1,2,3)` *", "- **B**") is the answer, and is shown
            # unmarked among the others
            choices = bullets
            shown = [_unmarked(lines[at - 1].strip()) for at in choices]
            marked = [
                row
                for at, row in zip(choices, shown, strict=True)
                if _MARKED_CHOICE.match(lines[at - 1].strip())
            ]
            if len(marked) == 1:
                answer_part = re.sub(r"^[-*+]\s+", "", marked[0])
        if choices:
            # its lettered choices are part of what is asked; what follows them answers
            item.text = "\n\n".join([text, *shown])
        below = choices[-1] if choices else asked_to
        kept_rows = [
            row
            for at, row in enumerate(lines[below : item.end], below + 1)
            if at not in answer_headings
        ]
        body = "\n".join([answer_part.strip(" *_"), *kept_rows])
        item.answer, item.hints = _split_hints(tidy_answer(body))
        above = heading_above(number)
        item.sections = list(heading_stacks[above]) if above >= 0 else []
        loose.append(item)
    # a label every one of them starts with ("[Q] ", ">> ", "🔹 ") is not the question
    prefix = min((item.text for item in loose), default="")
    for item in loose:
        while not item.text.startswith(prefix):
            prefix = prefix[:-1]
    prefix = prefix[: prefix.rfind(" ") + 1] if " " in prefix else ""
    if len(loose) >= 3 and prefix.strip() and not re.search(r"[^\W\d_]{2}", prefix.lower()):
        for item in loose:
            item.text = item.text[len(prefix) :].strip()
    bracketed = re.compile(r"(?i)^[\[(【]\s*(?:q|question|\d+)\s*[\])】]\s*(?=\S)")
    for item in loose:
        item.text = bracketed.sub("", item.text)
    return loose, [(n, t) for n, t in unplaced if n not in chosen and n not in labels_only]


def _loose_prompts(
    lines: Sequence[str],
    starts: Sequence[tuple[int, str]],
    kept: Sequence[Found],
    legend: dict[str, str],
) -> list[tuple[int, str]]:
    """Instructions in the same shape as a loose list's questions ("\tDescribe the
    procedure …" among "\tWhat is …?" lines, each over a `<details>` answer): the same
    indent, the same kind of line after them, at the start of a block."""
    if len(starts) < 3:
        return []
    indents = [lines[n - 1][: len(lines[n - 1]) - len(lines[n - 1].lstrip())] for n, _ in starts]
    indent = indents[0]
    for other in indents[1:]:
        while not other.startswith(indent):
            indent = indent[:-1]
    if not indent:
        return []

    def follower(number: int) -> str:
        below = next((x.strip() for x in lines[number:] if x.strip()), "")
        return below[:8].lower()

    after = [follower(n) for n, _ in starts]
    shape = max(set(after), key=after.count)
    if not shape or after.count(shape) * 3 < len(after) * 2:
        return []
    covered = {n for item in kept for n in range(item.line, (item.end or item.line) + 1)}
    chosen = {n for n, _ in starts}
    more = []
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if (
            number in chosen
            or number in covered
            or not raw.startswith(indent)
            or len(text) > 220
            or not _starts_block(lines, number)
            or follower(number) != shape
            or _kind(text, legend) != "word"
        ):
            continue
        more.append((number, text))
    return more


_MARKED_CHOICE = re.compile(
    r"^([-*+]\s+.*?\S)\s+\*$|^([-*+]\s+)(?:\*\*|__|<mark>\s*)(.+?)(?:\*\*|__|\s*</mark>)$"
)
"""A choice marked as the right one: an asterisk after it, or all of it in bold or
highlighted ("- <mark>b) Třída `Reader` …</mark>")."""


def _unmarked(choice: str) -> str:
    """A choice without the mark that says it is the right one."""
    marked = _MARKED_CHOICE.match(choice)
    if marked is None:
        return choice
    return marked.group(1) or f"{marked.group(2)}{marked.group(3)}"


_PICK = re.compile(
    r"(?i)\bwhich\s+(?:of\s+the\s+following|one|two|three|statements?|options?)\b|"
    r"\b(?:select|choose|pick)\s+(?:the|two|three|all|one)\b|"
    r"次のうち|以下のうち|どれ|どの|選択し|選んで|고르|무엇인가|哪个|哪些|以下哪|下列|"
    # Turkish "which (of these)", in any form ("Aşağıdakilerden hangisi …")
    r"\bhangi(?:si|leri|sidir)?\b"
)
"""A question that asks to choose among options given with it."""
_PICK_AMONG = re.compile(
    r"(?i)\bwhich\s+(?:of\s+the\s+following|one|two|three|statements?|options?)\b|"
    r"\b(?:select|choose|pick)\s+(?:the|two|three|all|one)\b|"
    r"次のうち|以下のうち|どれ|以下哪|下列|\bhangi(?:si|leri|sidir)?\b"
)
"""The same, where plain bullets under it are its choices (not "有哪些", "what are the
…", over a list that answers)."""


def _bullet_choices(lines: Sequence[str], number: int) -> list[int]:
    """The 1-based numbers of the bullets right under line `number` (after a blank line),
    each one line: the choices of a question that asks to pick; empty unless two or
    more."""
    at = number
    while at < len(lines) and not lines[at].strip():
        at += 1
    if at == number:
        return []
    found: list[int] = []
    while at < len(lines) and re.match(r"[ ]{0,3}[-*+]\s+\S", lines[at]):
        found.append(at + 1)
        at += 1
    ends = at >= len(lines) or not lines[at].strip()
    return found if len(found) >= 2 and ends else []


_LOWER_OPTION = re.compile(r"^\s*()([a-h])\.\s+\S")


def _paragraph_choices(content: str) -> list[str]:
    """The lines under a paragraph's first when each gives one lettered choice, A, B, C …
    in order ("**1. When are precision and recall equal?**  ↵ A. When …  ↵ B. …"); empty
    unless there are two or more."""
    rows = [_TRAILING_BR.sub("", row).rstrip(" \\") for row in content.split("\n")[1:]]
    # (in order, "a." too: "Best practice:  ↵ a. Separate `groupBy` calls …  ↵ b. …")
    letters = [_OPTION.match(row) or _LOWER_OPTION.match(row) for row in rows]
    if len(rows) < 2 or not all(letters):
        return []
    order = [(m.group(1) or m.group(2)).upper() for m in letters if m]
    return rows if order == list("ABCDEFGH"[: len(order)]) else []


def _choices_below(lines: Sequence[str], number: int) -> list[int]:
    """The 1-based numbers of the lines right under line `number` (blank lines between)
    that each give one lettered choice, A, B, C … in order ("A. Deploy …" / "B. …"),
    each a line of its own; empty unless there are two or more."""
    found: list[int] = []
    at = number  # 0-based index of the line after `number`
    while at < len(lines):
        row = lines[at]
        if not row.strip():
            at += 1
            continue
        # (a choice is a line of its own, not indented as code)
        choice = _OPTION.match(row) if len(row) - len(row.lstrip()) <= 3 else None
        letter = (choice.group(1) or choice.group(2)).upper() if choice else ""
        if not choice or ord(letter) != ord("A") + len(found):
            break
        if at + 1 < len(lines) and lines[at + 1].strip() and not _OPTION.match(lines[at + 1]):
            break  # a paragraph that goes on: prose, not one choice
        found.append(at + 1)
        at += 1
    return found if len(found) >= 2 else []


def _starts_block(lines: Sequence[str], number: int) -> bool:
    """Whether line `number` (1-based) begins a block: after a blank line, a heading, a
    rule or the fence that closes a code block, or at the top."""
    if number == 1:
        return True
    before = lines[number - 2].strip()
    return (
        not before
        or before.startswith("#")
        # ("```" right over "Q) How do you debug shell script ?": the answer's code ends
        # there and a labelled question starts; not "What will be the output of this
        # code?" under the code it asks about)
        or (
            bool(re.fullmatch(r"`{3,}|~{3,}", before))
            and re.match(r"(?i)\s*(?:\*\*)?(?:q|question)\s*\d{0,3}\s*[).:]", lines[number - 1])
            is not None
        )
        or bool(re.fullmatch(r"(?:-{3,}|\*{3,}|_{3,}|(?i:<br\s*/?>|<hr\s*/?>))", before))
    )


def _covered_lines(
    kept: Sequence[Found],
    duplicates: Sequence[tuple[int, int, str]],
    skipped: Sequence[tuple[int, str, str]],
    unplaced: Sequence[tuple[int, str]],
) -> set[int]:
    covered: set[int] = set()
    for item in kept:
        covered.update(range(item.line, max(item.line, item.end) + 1))
    covered.update(line for line, _, _ in duplicates)
    covered.update(line for line, _, _ in skipped)
    covered.update(line for line, _ in unplaced)
    return covered


def _question_lines_left(
    lines: Sequence[str], covered: set[int], legend: dict[str, str]
) -> list[tuple[int, str]]:
    """Lines outside every question and answer that still read like a question."""
    left: list[tuple[int, str]] = []
    fence: str | None = None
    # prompts quoted alone without a mark count where three or more quoted alone ask with one
    quoted_marks = sum(
        1
        for at, line in enumerate(lines)
        if line.lstrip().startswith(">")
        and line.rstrip().endswith(("?", "？"))
        and _quoted_alone(lines, at + 1)
    )
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        marker = re.match(r"^(`{3,}|~{3,})", stripped)
        if marker:
            if fence is None:
                fence = marker.group(1)[0]
            elif stripped.startswith(fence * 3):
                fence = None
            continue
        if fence is not None or number in covered or not stripped:
            continue
        plain = re.sub(r"^(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?", "", stripped)
        if plain.lstrip("*_").startswith("[") and _is_toc_entry(plain):
            continue
        if stripped.startswith("#") and (
            _META_SECTION.match(_normal(plain))
            or _CONTENTS_HEADING.match(_normal(plain))
            or _level_heading(plain, legend)
        ):
            continue  # "## How to contribute?", "## 🟢 Beginner"
        if stripped.startswith("#") and _kind(_clean(plain, legend)[0], legend) is None:
            continue  # "# 🔴 Lead the effort to …": a section marked by colour
        # a Chinese or Japanese character counts as two ("什么是词向量？" is long enough)
        wide = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", plain))
        kind = _kind(plain, legend)
        if kind == "word" and not (quoted_marks >= 3 and _quoted_alone(lines, number)):
            kind = None
        if len(plain) + wide > 8 and kind is not None and not _CHATBOT_OFFER.match(plain):
            left.append((number, re.sub(r"\s+", " ", plain)[:200]))
    return left


def _quoted_alone(lines: Sequence[str], number: int) -> bool:
    """Whether 1-based line `number` is a quote of one line, set apart by blank lines
    ("> 서블릿의 동작 방식에 대해 설명해주세요.", a prompt without a question mark, set
    apart as its siblings that have one are)."""
    at = number - 1
    return (
        lines[at].lstrip().startswith(">")
        and (at == 0 or not lines[at - 1].strip())
        and (at + 1 >= len(lines) or not lines[at + 1].strip())
    )


def _skip(tokens: Sequence[Token], index: int) -> int:
    """The index after the block that starts at `index` (its closing token)."""
    token = tokens[index]
    if token.nesting != 1:
        return index + 1
    depth = 0
    for position in range(index, len(tokens)):
        depth += tokens[position].nesting
        if depth == 0:
            return position + 1
    return len(tokens)


_QUIZ_ANSWER = re.compile(
    r"(?i)^\s*(?:\*\*|__)?\s*(?:(?:(?:the\s+)?(?:correct|right)\s+)?(?:answer|option)s?\s*(?:is)?|"
    # "**答案：A**" (answer, in Chinese), "정답:", "Respuesta:", "Antwort:"
    r"(?:参考|正确)?答案|正确选项|정답|respuesta|resposta|r[ée]ponse|antwort|ответ)\s*"
    r"(?:\*\*|__)?\s*[:：]"
)
"""The line that gives a quiz's answer ("correct answer: 3.", "Answer:")."""


def _ruled_quizzes(tokens: Sequence[Token], lines: list[str]) -> dict[int, tuple[str, str, int]]:
    """Quiz questions between rules, three or more: a stem, the code or the options it
    shows, then the line that gives the answer ("correct answer: 2."). The 0-based line
    of each stem, the question (the stem, then what it shows as written), its answer and
    the line after it."""
    blocks: list[list[Token]] = [[]]
    for token in tokens:
        if token.level != 0 or token.map is None or token.type.endswith("_close"):
            continue
        if token.type == "hr":
            blocks.append([])
        elif token.type != "inline":
            blocks[-1].append(token)
    quizzes: dict[int, tuple[str, str, int]] = {}
    for block in blocks:
        kinds = [t.type for t in block]
        if len(block) < 3 or kinds[0] != "paragraph_open":
            continue
        answered = next(
            (
                n
                for n in range(2, len(block))
                if kinds[n] == "paragraph_open"
                and (span := block[n].map) is not None
                and _QUIZ_ANSWER.match(lines[span[0]])
            ),
            None,
        )
        if answered is None or not any(
            kind in ("fence", "code_block", "ordered_list_open", "bullet_list_open")
            for kind in kinds[1:answered]
        ):
            continue
        if any(kind == "heading_open" for kind in kinds):
            continue
        first, shown_end, answer_at = block[0].map, block[answered - 1].map, block[answered].map
        assert first is not None and shown_end is not None and answer_at is not None
        stop = max(t.map[1] for t in block if t.map is not None)
        stem = "\n".join(lines[first[0] : first[1]]).strip()
        shown = textwrap.dedent("\n".join(lines[first[1] : shown_end[1]]).strip("\n"))
        answer = "\n".join(lines[answer_at[0] : stop]).strip()
        label = _QUIZ_ANSWER.match(answer)
        assert label is not None
        given, newline, more = answer[label.end() :].strip().partition("\n")
        # "**答案：A**": the bold that closes after the answer is no part of it
        given = re.sub(r"^(\*\*|__)\s*", "", given.strip())
        for mark in ("**", "__"):
            if given.count(mark) == 1 and given.endswith(mark):
                given = given[: -len(mark)].rstrip()
        answer = f"{given}{newline}{more}".strip()
        quizzes[first[0]] = (f"{stem}\n\n{shown}", answer, stop)
    return quizzes if len(quizzes) >= 3 else {}


def _code_lists(tokens: Sequence[Token], legend: dict[str, str]) -> dict[int, tuple[str, int]]:
    """Lists of three or more items that are each one code span, right under a heading
    that asks of them ("## What is the result?"): the index of each list, and what the
    heading asks and its line."""
    lists: dict[int, tuple[str, int]] = {}
    for position, token in enumerate(tokens):
        if token.type not in ("heading_open", "paragraph_open") or position + 1 >= len(tokens):
            continue
        paragraph = token.type == "paragraph_open"
        if paragraph and (token.level != 0 or "following" not in tokens[position + 1].content):
            continue
        heading = (
            tokens[position + 1].content.strip()
            if paragraph
            else _heading_text(tokens[position + 1])
        )
        below = _skip(tokens, position)
        if below >= len(tokens) or tokens[below].type not in (
            "bullet_list_open",
            "ordered_list_open",
        ):
            continue
        asked = _clean(heading, legend)[0]
        if not _ends_as_question(asked) or _PICKS_ONE.search(asked):
            # ("#### 7. … Which command accomplishes this most efficiently?" over "1. `mkdir
            # -p …`", "2. `touch …`": one question, its choices)
            continue
        end = _skip(tokens, below)
        items = [
            t.content.strip()
            for t in tokens[below:end]
            if t.type == "inline" and t.level == tokens[below].level + 3
        ]
        if paragraph:
            # "Exercise 2: What are the results of the following?" over "1. bvar1=var1(3)",
            # "2. bvar2=var2(2)" …: a paragraph asks of each line of code below it (not
            # "Which of the following …?", whose list is its choices)
            if _CHOOSES_AMONG.search(asked) or _ORDERS_THEM.search(asked) or len(items) < 2:
                continue
            after = tokens[end + 1].content.lstrip() if end + 1 < len(tokens) else ""
            if re.match(r"\(\s*[xX]?\s*\)|\[\s*[xX]?\s*\]|[A-Ha-h][.)]\s", after):
                continue  # ("( ) 4-2-1-3-5", "(X) 2-5-4-1-3" below: one question, its choices)
            if all(_CODE_SPAN_ITEM.fullmatch(item) or _code_like(item) for item in items):
                lists[below] = (asked, (token.map or [0])[0] + 1)
        elif len(items) >= 3 and all(_CODE_SPAN_ITEM.fullmatch(item) for item in items):
            lists[below] = (asked, (token.map or [0])[0] + 1)
    return lists


_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _unescaped(item: str) -> str:
    """A list item of code as written: its backslash escapes undone ("var1(\\[1 2 3\\])"
    is "var1([1 2 3])"), unless it is one code span, where they are literal."""
    return item if _CODE_SPAN_ITEM.fullmatch(item) else _MARKDOWN_ESCAPE.sub(r"\1", item)


_CODE_SPAN_ITEM = re.compile(r"`[^`\n]+`")
_ORDERS_THEM = re.compile(r"(?i)\b(?:in\s+what|which)\s+order\b|\b(?:arrange|sequence|rank)\b")
"""A question about the lines below taken together ("In what order should you run the
following commands?")."""
_CHOOSES_AMONG = re.compile(r"(?i)\b(?:which|what)\s+(?:one\s+|ones\s+)?of\s+the\s+following\b")
_PICKS_ONE = re.compile(
    r"(?i)\b(?:which|what)\s+(?:is|are)\s+the\s+(?:correct|right|best|valid|proper)\b|"
    r"\bwhich\s+(?:command|option|one|statement|answer|query|line|snippet|expression|syntax)s?\b"
)
"""A question that picks one of the lines below ("What is the correct command structure?",
"Which command accomplishes this?"), not one asked of each."""
_PROSE_RUN = re.compile(r"[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){2}")


def _code_like(item: str) -> bool:
    """Whether a list item is one short line of code ("ii=\\[1 2 5\\]; bvar4=var1(ii)"):
    an assignment, call or index, and no run of three words as prose has."""
    return (
        "\n" not in item
        and len(item) <= 120
        # a name assigned, called, indexed or looked into (not a point "(2.5, 2)")
        and bool(re.search(r"[A-Za-z_]\w*(?:\s*=|[(\[{.]\w)", item))
        # (not a choice: "[ ] A. consumer.subscribe(…)", "B) f(x)")
        and not re.match(r"\\?\[[ xX]?\\?\]|\(?[A-Ha-h][.)]\s", item)
        and not _PROSE_RUN.search(item)
    )


def _bullets_right_under(tokens: Sequence[Token], index: int, end: int) -> bool:
    """Whether a bullet list starts on the line right after the list at `index` ends."""
    below = tokens[end] if end < len(tokens) else None
    above = tokens[index].map
    return (
        below is not None
        and below.type == "bullet_list_open"
        and below.map is not None
        and above is not None
        and below.map[0] == above[1]
    )


def _glued_next_label(content: str, opening: str, legend: dict[str, str]) -> int | None:
    """The row of a paragraph, below its first, that asks the next question by its label
    ("Q18: What's the F1 score?" under the answer of "**Q17: …**", with no blank line
    between them); None when there is none."""
    number = re.match(r"(?i)\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*q\s*(\d{1,4})\s*[:.)]", opening)
    if number is None:
        return None
    label = re.compile(rf"(?i)\s*(?:\*\*|__)?\s*q\s*{int(number.group(1)) + 1}\s*[:.)]\s*\S")
    for at, row in enumerate(content.split("\n")[1:], 1):
        if label.match(row) and _kind(row.strip().strip("*_"), legend) is not None:
            return at
    return None


def _lazy_bold_line(
    lines: Sequence[str], start: int, end: int, legend: dict[str, str]
) -> int | None:
    """The 0-based line, within a list's lines, of a numbered bold question run into the
    item above it ("**4. Explain hoisting.**" with no blank line before it)."""
    for at in range(start + 1, end):
        line = lines[at]
        if (
            lines[at - 1].strip()
            and re.fullmatch(r"(\*\*|__)\d{1,4}[.)]\s+[^*_\n]+?\1\s*", line)
            and _looks_like_question(line.strip().strip("*_"), legend)
        ):
            return at
    return None


def _bold_lead_questions(tokens: Sequence[Token]) -> dict[int, tuple[str, str]]:
    """Paragraphs led by a bold question and answered after it in the same paragraph
    ('**"What surprised you?"** That …'), three or more in a row within a section: the
    0-based first line of each, its question and the rest of the paragraph."""
    runs: list[list[tuple[int, str, str]]] = [[]]
    for position, token in enumerate(tokens):
        if token.type == "heading_open":
            runs.append([])
            continue
        if token.type != "paragraph_open" or token.level != 0 or token.map is None:
            continue
        content = tokens[position + 1].content
        lead = re.match(r"\s*(\*\*|__)([^*_\n]{3,200}?)\1[ \t]*(\S[\s\S]*)?", content)
        asked = lead.group(2).strip().strip("\"“”'‘’").strip() if lead else ""
        rest = (lead.group(3) or "") if lead else ""
        # ("**What is IR**: Given a library …": a question with no mark, answered after
        # a colon)
        unmarked = rest.startswith((":", "：")) and _kind(asked) == "word"
        if lead is not None and re.fullmatch(r"[:：]?\s*", rest):
            # ("**What are precision and recall**:" over its points: read apart, and the
            # run goes on)
            continue
        if lead is None or not (asked.endswith(("?", "？")) or unmarked) or len(rest) <= 12:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((token.map[0], asked, re.sub(r"^[:：]\s*", "", rest)))
    return {line: (asked, rest) for run in runs if len(run) >= 3 for line, asked, rest in run}


def _bold_then_answer(content: str) -> tuple[str, str] | None:
    """`**What is NLP?** <br>` then `**Answer:** …` (or `<br> **Answer:** …`) in one
    paragraph: the bold question line and the answer after its label."""
    glued = re.match(
        r"\s*(\*\*|__)([^*_\n]+?)\1[ \t]*(?:<br\s*/?>)?[ \t]*"
        r"(?=(?:\*\*|__)\s*(?:answer|ans|a)\s*[:：]\s*(?:\*\*|__))",
        content,
        re.IGNORECASE,
    )
    if glued and _kind(glued.group(2)) is not None:
        # "**1\. What is lazy evaluation?****Answer:**PySpark only builds …": pasted from
        # a page, the answer's label glued to the question on its line
        later = content[glued.end() :]
        return glued.group(2).strip(), tidy_answer(_ANSWER_LABEL.sub("", later, count=1))
    first_line, _, later = content.partition("\n")
    opened = re.match(r"\s*(\*\*|__)", first_line)
    if opened and opened.group(1) not in first_line[opened.end() :]:
        # "**Q: A filter … is supposed to catch" / "underperformers … Why?**" / its answer:
        # a bold question wrapped over a few lines
        rows = content.split("\n")
        for last in range(1, min(4, len(rows))):
            if opened.group(1) in rows[last]:
                if (
                    rows[last].rstrip().endswith(opened.group(1))
                    and rows[last].count(opened.group(1)) == 1
                ):
                    first_line = " ".join(row.strip() for row in rows[: last + 1])
                    later = "\n".join(rows[last + 1 :])
                break
    first_line = _TRAILING_BR.sub("", first_line)
    # "**Q: …?**  `Foundations`": a tag in code after the bold question
    first_line = re.sub(r"(?:[ \t]*`[^`\n]{1,30}`)+[ \t]*$", "", first_line)
    later = re.sub(r"(?i)^\s*<br\s*/?>\s*", "", later)
    if not later or not re.fullmatch(r"\s*(\*\*|__).*\1\s*", first_line):
        return None
    question = first_line.replace("**", "").replace("__", "").strip()
    if not (_ANSWER_LABEL.match(later) or _ANSWER_LEAD.match(later)):
        # "**Q61. Tell me about a project you built.**" and, on the next line, a note
        # ("👉 Prepare one …"): the whole bold line asks, what follows answers
        cleaned = _clean(question)[0]
        # "**4. Explain hoisting in JavaScript.**" numbered like a question: it asks
        numbered = _QUESTION_START.match(question) or re.match(r"\d{1,4}[.)]\s", question)
        if not (numbered and _kind(cleaned) is not None) and not _ends_as_question(cleaned):
            return None
    return question, tidy_answer(_ANSWER_LABEL.sub("", later, count=1))


_WHOLE_BOLD = re.compile(r"\s*(\*\*|__)([^*_\n]+)\1\s*")


def _bold_question_rows(
    content: str, legend: dict[str, str], *, judged: bool = False
) -> list[tuple[int, str]]:
    """The lines of a paragraph of two or more lines that are each one bold question,
    with their offsets (`judged`: under a title of statements to judge, a numbered
    statement is one); empty for any other paragraph."""
    rows = content.split("\n")
    if len(rows) < 2:
        return []
    out = []
    for offset, row in enumerate(rows):
        whole = _WHOLE_BOLD.fullmatch(row)
        if whole is None or (
            _kind(whole.group(2), legend) is None
            and not (judged and re.match(r"\s*\d{1,3}[.)]\s+\S", whole.group(2)))
        ):
            return []
        out.append((offset, whole.group(2).strip()))
    return out


def _bold_line(inline: Token, legend: dict[str, str]) -> tuple[str, bool] | None:
    """The question of a paragraph that is one bold span (plus an optional marker),
    and whether it is a numbered task (``**1)** Count the active ads per day.``)."""
    if "****" in inline.content:
        # "**Q?****Answer:**…" (the label glued on): CommonMark pairs those marks oddly
        glued = _bold_then_answer(inline.content)
        if glued is not None:
            return glued[0], False
    children = [
        c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())
    ]
    if len(children) < 3 or children[0].type != "strong_open":
        return None
    close_at = next((i for i, c in enumerate(children) if c.type == "strong_close"), None)
    if close_at is None:
        return None
    inside = "".join(c.content for c in children[1:close_at])
    below = inline.content.split("\n", 1)[1].strip() if "\n" in inline.content else ""
    if (
        re.fullmatch(
            r"(?i)\s*(?:real\s+|sample\s+|example\s+|typical\s+)?(?:interview\s+)?question\s*:?\s*"
            # "**Question 3 - Computer Vision Fundamentals:**" over the question, quoted
            r"|\s*(?:question|q)\s*\d{1,3}\s*[-–—:.]\s*[^\n]{2,60}?:\s*",
            inside,
        )
        and below
        and "\n" not in below
    ):
        # "**Real Interview Question**:" and, on the next line, '*"CSV or Parquet? Why?"*'
        asked = below.strip("*_ ").strip('"“”')
        if _kind(asked, legend) is not None:
            return asked, False
    rest_raw = inline.content.split("\n", 1)[0]
    rest_raw = re.sub(r"^\s*(\*\*|__).*?\1", "", rest_raw, count=1).strip()
    # "**1. (7 pts, domain 1)** Create …": the points and domain beside the number go
    noted = re.fullmatch(r"(\s*\d+\s*[.):：]?)\s*\([^()\n]{1,40}\)\s*[.:：]?\s*", inside)
    if noted:
        inside = noted.group(1)
    if re.fullmatch(
        # ("**Coding Task 1:**", "**Bonus Question 2**": a kind of task before its label)
        r"\s*(?:(?:(?:coding|practice|bonus|sample|design|sql|logic|written|programming)\s+)?"
        r"(?:q|(?:the\s+)?(?:interview\s+)?question|task|problem|exercise|问题|题目)"
        # ("**Question 8-b**": the eighth question's second part; "**Q46. [L3]**")
        r"\s*#?\s*(?:\d+(?:[-–]?[a-z])?)?|\d+)\s*[.):：]?\s*(?:\[[^\]\n]{1,12}\]\s*)?",
        inside,
        re.I,
    ):
        later = inline.content.split("\n")[1:]
        if rest_raw[:1] in '"“' and not re.search(r"[\"”]\W*$", rest_raw[1:]):
            # '**The Question:** "A user asks … Walk me through' and the rest of the
            # quotation on the lines below
            ends = next((n for n, row in enumerate(later) if re.search(r"[\"”]\W*$", row)), None)
            if ends is not None and ends < 6:
                rest_raw = "\n".join([rest_raw, *(row.strip() for row in later[: ends + 1])])
        if rest_raw[:1] in '"“' and re.search(r"[\"”]\W*$", rest_raw):
            rest_raw = re.sub(r"[\"”](\W*)$", r"\1", rest_raw[1:])
        if rest_raw and re.search(r"[^\W\d_]{2}", rest_raw):
            return f"{inside.strip()} {rest_raw}", True
        return None
    rest = "".join(c.content for c in children[close_at + 1 :]).strip()
    labelled = _bold_then_answer(inline.content)
    if (
        rest
        and labelled is None
        and children[close_at + 1].type in ("softbreak", "hardbreak")
        and _QUESTION_START.match(inside)
        # ("**Q54. Spot the error:**" over the sentence: the question goes on below)
        and not inside.rstrip(" *_").endswith((":", "："))
    ):
        # "**Q30. (Project) Walk through the Day-2 project.**" and its answer from the
        # next line of the paragraph on
        return inside.strip(), False
    if labelled is not None:
        # "**Q: What is …?**" and, on the next line, "A: …": the answer follows in the
        # same paragraph
        return labelled[0], False
    if (
        rest
        and not _clean(rest, legend)[1]
        and not _split_source(" x " + rest)[1]
        and len(rest) > 12
    ):
        return None  # prose after the bold part: a bold lead-in, not a question line
    return inline.content.replace("**", "").replace("__", "").strip(), False


_QUESTION_COLUMN = re.compile(
    r"question|题目|问题|面试题|追问|題目|問題|질문|문제|pregunta|pergunta|c[âa]u\s+h[ỏo]i|вопрос|"
    # Croatian, Serbian, Bosnian, Slovenian, Czech, Polish, Turkish, German, French, Italian,
    # Dutch, Indonesian ("| ID | Pitanje | Opcija A | …")
    r"pitanje|vprašanje|otázka|pytanie|soru|frage|domanda|vraag|pertanyaan|"
    r"^\W*(?:quick\s+|self[- ]?)?check\W*$"  # "| … | Quick check |": a question to answer
)
_ANSWER_COLUMN = re.compile(
    r"answer|solution|答案|解答|题解|回答|답변|정답|respuesta|resposta|đáp\s+án|trả\s+lời|ответ|"
    r"antwort|réponse|odgovor|odpověď|odpowied[źz]|cevap|risposta|antwoord|jawaban|objašnjenje|"
    r"explanation"
)


def _table(
    tokens: Sequence[Token],
    index: int,
    sections: list[str],
    legend: dict[str, str],
    skipped: list[tuple[int, str, str]],
    *,
    in_answer: bool = False,
) -> list[Found] | None:
    """The questions of a question/answer table; None for any other table (`in_answer`:
    only a column named "question" makes its rows questions)."""
    end = _skip(tokens, index)
    rows: list[tuple[int, list[str]]] = []
    row: list[str] = []
    row_line = 0
    for token in tokens[index:end]:
        if token.type == "tr_open":
            row = []
            row_line = (token.map[0] + 1) if token.map else 0
        elif token.type == "inline":
            row.append(token.content.strip())
        elif token.type == "tr_close":
            rows.append((row_line, row))
    if not rows:
        return None
    header = [cell.lower() for cell in rows[0][1]]
    question_cols = [
        i
        for i, c in enumerate(header)
        if _QUESTION_COLUMN.search(c)
        # ("| Question Type | Pattern |" over "| Top-N | Window functions |": kinds of
        # question, each with how to solve it)
        and not re.fullmatch(
            r"\W*question\s+(?:type|kind|category|pattern|theme|topic|area|domain)s?\W*", c
        )
    ]
    # "| 面试题目 | 题目简介 |" (title, statement): the column that says more is the question
    question_col = max(
        question_cols,
        key=lambda i: sum(len(_LINK_ONLY.sub(" ", c[i])) for _, c in rows[1:] if i < len(c)),
        default=None,
    )
    if question_col is None and not in_answer:
        # "| S.N. | Problem Name | Difficulty Level | Solution |": a table of problems
        question_col = next(
            (
                i
                for i, c in enumerate(header)
                # "Problem Name", "Task", "Assignment", not "Prompt Engineering" (a column
                # of a comparison); "| Issue | Expected Troubleshooting |": cases to work
                if (
                    re.search(r"\b(?:problem|task|prompt|assignment|exercise)s?\b", c)
                    or (
                        re.search(r"\b(?:issue|scenario|case)s?\b", c)
                        and any(re.match(r"\W*expected\b", h) for h in header)
                    )
                )
                # not "Typical Task Example": what kind of task a domain brings; not
                # "Take-Home Assignment" beside "Live-Coding": kinds of interview compared
                and not re.search(
                    r"\b(?:engineering|tuning|type|category|solving|typical|examples?|"
                    r"take[- ]home)\b",
                    c,
                )
            ),
            None,
        )
        if question_col is not None and any(
            re.search(
                r"\b(?:causes?|symptoms?|fix(?:es)?|mitigations?|remed(?:y|ies)|actions?|"
                r"status|owner|deadline|due|started|completed|done|progress)\b",
                c,
            )
            for c in header
        ):
            # "| Problem | Cause | Fix |": a table of troubles and their fixes, not of
            # problems to solve; "| Task | Action |", "| Task | Status |", "| Exercise |
            # Started | Completed |": a to-do list, a tracker
            question_col = None
    if question_col is None and not in_answer and len(rows) > 3:
        # "| Nº | Tema | Descrição |" over "| 6 | Memória | Explique a diferença entre …
        # |": a column that describes, its cells (two in three) tasks set
        question_col = next(
            (
                i
                for i, c in enumerate(header)
                if re.search(r"descri[cç][aã]o|descripci[oó]n|description|enunciado|statement", c)
                and sum(
                    i < len(cells) and _kind(cells[i], legend) is not None for _, cells in rows[1:]
                )
                * 3
                >= len(rows[1:]) * 2
            ),
            None,
        )
    if question_col is None and not in_answer and len(rows) > 3:
        # "| ID | Title | Difficulty |" over "| 0001 | [Two Sum](https://leetcode.com/
        # problems/two-sum/) | ★ |": a column of problems on a judge's site (two in three)
        question_col = next(
            (
                i
                for i in range(len(header))
                if sum(
                    i < len(cells) and _judge_problem_item(cells[i]) is not None
                    for _, cells in rows[1:]
                )
                * 3
                >= len(rows[1:]) * 2
            ),
            None,
        )
    coded = False  # the question column named questions but held their codes
    if question_col is not None and len(rows) > 2:
        # "| Pergunta | Descrição |" over "| A1 | Você já fez …? |": the question column
        # holds codes, the one beside it says what is asked
        cells = [c[question_col] for _, c in rows[1:] if question_col < len(c)]
        if cells and all(re.fullmatch(r"[A-Za-z]{1,3}[.-]?\d{1,3}", cell) for cell in cells):
            coded_col = question_col
            question_col = next(
                (
                    i
                    for i in range(len(header))
                    if i != question_col
                    and not _ANSWER_COLUMN.search(header[i])
                    and sum(len(c[i]) >= 12 for _, c in rows[1:] if i < len(c)) * 4
                    >= len(rows[1:]) * 3
                ),
                question_col,
            )
            coded = question_col != coded_col
    answer_col = next(
        (i for i, c in enumerate(header) if i != question_col and _ANSWER_COLUMN.search(c)), None
    )
    filled = [
        i
        for i in range(len(header))
        if i != question_col
        and not re.fullmatch(r"\W*(?:s\.?\s*n\.?|sno|no\.?|#|n|id)\W*", header[i])
        and sum(i < len(c) and bool(c[i].strip()) for _, c in rows[1:]) * 2 > len(rows[1:])
    ]
    if (
        answer_col is None
        and question_col is not None
        and not coded
        and (
            len(header) == 2
            or (
                len(filled) == 1
                and len(rows) > 2
                # (what the candidate is expected to do, not "| Problem | Focus |")
                and re.match(
                    r"\W*(?:expected\b|instructions?\b|how\s+to\b|approach\b|steps?\b|"
                    r"resolution\b|explanation\b)",
                    header[filled[0]],
                )
                is not None
            )
        )
    ):
        # "| 追问 | 关键词 |" (follow-up, key words): of two columns, the other answers;
        # so does the one other column with words in it ("| # | Assignment | Instructions
        # | | |", "| # | Issue | Expected Troubleshooting |")
        other = 1 - question_col if len(header) == 2 else filled[0]
        if not re.search(
            r"\b(?:difficulty|level|links?|urls?|sources?|companies|company|tags?|topics?|"
            r"category|categories|frequency|status|done|date)\b|^\W*(?:#|no\.?|s\.?\s*n\.?)\W*$",
            header[other],
        ) and not all(re.fullmatch(r"[\d.,%\s]*", c[other]) for _, c in rows[1:] if other < len(c)):
            answer_col = other
    level_col = next((i for i, c in enumerate(header) if "difficulty" in c or "level" in c), None)
    link_cols = [i for i, c in enumerate(header) if re.search(r"\b(?:link|url|source)s?\b", c)]
    number_col = next(
        (
            i
            for i, c in enumerate(header)
            if re.fullmatch(r"\W*(?:s\.?\s*n\.?|sno|no\.?|#|n)\W*", c)
        ),
        None,
    )
    if question_col is None:
        return None
    values = [c[question_col].strip() for _, c in rows[1:] if question_col < len(c)]
    if sum(bool(re.fullmatch(r"[\d.,%\s\-–—]+", v)) for v in values if v) * 2 >= len(values):
        # "| Volume | Questions |" counts questions, "| Topic | Questions |" lists their
        # numbers ("1--3, 11--12, 15"): a summary or an index, not a list
        return None
    found = []
    for line, cells in rows[1:]:
        if question_col >= len(cells) or not cells[question_col].strip():
            continue
        toc = _IN_PAGE_LINK.fullmatch(cells[question_col])
        if toc:  # "| 1. | [What is MySQL …?](#question-1-…) |": a table of contents
            if _looks_like_question(toc.group(1), legend):
                skipped.append((line, toc.group(1).strip(), "a link (table of contents)"))
            continue
        asked_cell, answered_in_cell = cells[question_col], ""
        doubled = re.search(r"(?i)\s*<br\s*/?>\s*<br\s*/?>\s*", asked_cell)
        if (
            answer_col is None
            and doubled is not None
            and _looks_like_question(asked_cell[: doubled.start()], legend)
        ):
            # "| 1 | What is TypeScript? <br><br> TypeScript is a typed superset …": the
            # question, a blank line, and its answer in the same cell
            asked_cell, answered_in_cell = (
                asked_cell[: doubled.start()],
                asked_cell[doubled.end() :],
            )
        # a table numbers its rows in a column of their own
        question, difficulty = _clean(
            asked_cell,
            legend,
            # ("40 million predictions a day is …?": a quantity, not a row's number)
            numbered=number_col is None and not re.match(r"\s*\d[\d,.]*\s+[a-z]", asked_cell),
        )
        if level_col is not None and level_col < len(cells):
            level = cells[level_col].strip().lower()
            difficulty = _LEVEL_WORDS.get(level, difficulty)
        answer = cells[answer_col] if answer_col is not None and answer_col < len(cells) else ""
        answer = answer or answered_in_cell
        note = ""
        if _LINK_ONLY.fullmatch(answer):
            # "[Two Sum Solution](solutions/two_sum.md)": the answer is elsewhere
            target = re.search(r"\]\(\s*<?([^)\s>]*)", answer)
            note, answer = (target.group(1) if target else ""), ""
        elif re.fullmatch(r"<?https?://\S+?>?", answer.strip()):
            note, answer = answer.strip().strip("<>"), ""
        for col in link_cols:
            target = re.search(r"\]\(\s*<?([^)\s>]*)", cells[col]) if col < len(cells) else None
            if not note and target:
                note = target.group(1)
        found.append(
            Found(
                question,
                line,
                "table",
                answer=re.sub(r"(?i)<br\s*/?>", "\n", answer).strip(),
                difficulty=difficulty,
                sections=sections,
                source_note=note,
                end=line,
            )
        )
    return found


def _split_lines(paragraph: str, legend: dict[str, str]) -> tuple[list[str], list[list[str]]]:
    """The lines of an item's paragraph before any numbered or marker-led question line
    CommonMark folded into it, and each such question with the lines that continue it."""
    head: list[str] = []
    folded: list[list[str]] = []
    rows = paragraph.splitlines()
    # lines each ended by "<br>" ("✅ O que é POO? <br>"): every line is one, and a topic
    # among them ("🔗 Spring Boot e Frameworks <br>") names the questions under it
    broken = sum(bool(_TRAILING_BR.search(row)) for row in rows) >= 3
    if broken:
        rows = [_TRAILING_BR.sub("", row) for row in rows]
    led_rows = [row for row in rows if _NUMBERED_LINE.match(row) or _BULLET_LINE.match(row)]
    if len(led_rows) >= 6:
        asking = sum(
            _kind(re.sub(r"^\s*(?:\d+[.)]|\d+\s*[-–—]|[-*+])\s*", "", row), legend) is not None
            for row in led_rows
        )
        if asking * 4 < len(led_rows):
            # "1 - 疎結合コンポーネントを設計する" among 400 "1 - term" lines: a tally of
            # terms, not a list of questions
            return rows, []
    bare = _bare_question_lines(rows, legend, broken=broken)
    last_bare = max(bare) if bare else -1
    singles = True  # every question so far is one line
    for number, line in enumerate(rows):
        led = _NUMBERED_LINE.match(line) or _BULLET_LINE.match(line)
        body = re.sub(r"^\s*(?:\d+[.)]|\d+\s*[-–—]|[-*+])\s*", "", line) if led else line
        if (led and _kind(body, legend) is not None) or number in bare:
            folded.append([body.strip()])
        elif (
            broken
            and folded
            and (not line.strip() or (number < last_bare and _section_label(line, legend)))
        ):
            # a topic between the questions, each on its line: it continues none (kept as
            # an empty line, so that the lines below keep their numbers)
            folded[-1].append("")
        elif len(bare) >= 2 and number > last_bare:
            break  # one question a line: a tip after them answers none of them
        elif (
            len(folded) >= 2
            and singles
            and re.search(r"[?.？。]\s*$", folded[-1][0])
            and re.match(r"(?i)\s*(?:[^\w\s*_`\[(]|(?:pro\s+)?(?:tips?|notes?)\s*:)", line)
        ):
            break  # "4- What is …?" then "💡" / "Tip: …": a note on the list, not an answer
        elif folded:
            folded[-1].append(line.strip())
            singles = False
        else:
            head.append(line.strip())
    return head, folded


_QUOTED_PROMPT = re.compile(
    r"(?i)(?:scenario|prompt|setup|question|interviewer|ask|example|q)\s*[:：]\s*[\"“'‘](.+?)[\"”'’]"
)
"""A label, then the prompt in quotes: 'Scenario: "Walk me through your system"'."""
_BARE_URL_TAIL = re.compile(r"\s*[:\-–—]?\s*(https?://\S+)\s*$")
"""A bare link after a question ("What …? : https://…")."""
_TIME_STAMP = re.compile(
    r"(?i)\+\d{1,4}|"  # "+1": a vote on a forum's question
    r"\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?|"
    r"(?:\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b\s*){1,3}"
)
"""A time in a recording ("38 mins 30 secs", "1:02:15") or a vote ("+1") under a question."""


def _asks_alone(line: str, legend: dict[str, str]) -> str | None:
    """How one line of a paragraph asks on its own ("mark", "word"), or None: it starts
    like a sentence and is short enough to be a question ("💬 How …?": after its glyph)."""
    text = line.strip()
    unled = _LEAD_SYMBOLS.sub("", text, count=1)
    if unled != text and re.match(r"[^\W\d_]", unled):
        text = unled
    marker = r"[*_`\"“]*(?:\[[^\]\n]{1,10}\]\s*)?"  # "[E] What is …?"
    if not text or len(text) > 300 or not re.match(marker + r"[^\W\d_]", text):
        return None
    first = re.sub("^" + marker, "", text)[0]
    if first.islower():
        return None  # "and what does it cost?": a wrapped line
    return _kind(text, legend)


def _question_a_line(paragraph: str, legend: dict[str, str]) -> bool:
    """Whether a paragraph is questions one a line ("Q1- What are …?" / "Q4- What are
    …?"), not a question over its answer."""
    rows = paragraph.split("\n")
    bare = _bare_question_lines(rows, legend)
    return len(bare) >= 2 or (
        len(bare) == len(rows) - 1 >= 1 and _asks_alone(rows[0], legend) == "mark"
    )


def _bare_question_lines(
    rows: Sequence[str], legend: dict[str, str], *, broken: bool = False
) -> set[int]:
    """Lines after a paragraph's first that are questions of their own although nothing
    leads them (no number, no bullet): one question per line, the lines folded into one
    paragraph by CommonMark ("What is a t-test?" / "Explain the CLT." / …), or a question
    line lazily continuing a list item that already asked."""
    if len(rows) < 2:
        return set()
    kinds = [_asks_alone(row, legend) for row in rows]
    # "38 mins 30 secs" between the questions of an interview's transcript: a time stamp
    stamps = {n for n, row in enumerate(rows) if _TIME_STAMP.fullmatch(row.strip())}
    candidates = {
        n
        for n in range(1, len(rows))
        if kinds[n] is not None
        and (
            n == 1
            or broken  # (each line ended by "<br>": none is wrapped)
            or re.search(r"[.?!:)？。]\s*[*_]*$", rows[n - 1].strip())
            or n - 1 in stamps
        )
        and (kinds[n] == "mark" or re.search(r"[.?？。]\s*$", rows[n].strip()) or n == 1)
    }
    marked = sum(kinds[n] == "mark" for n in candidates) + (kinds[0] == "mark")
    lines_left = len(rows) - 1 - len(stamps - {0})
    if len(candidates) >= 2 and len(candidates) * 5 >= lines_left * 3 and marked >= 1:
        return candidates
    if kinds[0] == "mark" and _ends_as_question(rows[0]) and len(candidates) == len(rows) - 1:
        return {n for n in candidates if kinds[n] == "mark"}
    if (
        len(candidates) == len(rows) - 1
        and all(kinds[n] == "mark" for n in candidates)
        and len(rows[0].split()) <= 4
        and not re.search(r"[.:?!？。：]\s*$", rows[0].strip())
    ):
        return candidates  # "Norms" then "[E] What is the L2 norm of (3, 4)?"
    return set()


def _count_asking_lines(lines: Sequence[str], legend: dict[str, str], enough: int = 4) -> int:
    """How many lines of the document ask (up to `enough`), code blocks aside."""
    count = 0
    fence = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = not fence
            continue
        if fence or not stripped:
            continue
        plain = re.sub(r"^(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?", "", stripped)
        if _kind(plain, legend) == "mark":
            count += 1
            if count >= enough:
                break
    return count


def _question_from_lines(
    chunk: list[str],
    line: int,
    sections: list[str],
    topics: list[str],
    context: str,
    legend: dict[str, str],
) -> Found:
    """A question whose text is `chunk[0]`; the lines after it continue the question
    when it is not finished ("…:" or "<br>" at the end), and are its answer otherwise."""
    first = chunk[0]
    # "38 mins 30 secs" under a transcript's question: when it was asked, not an answer
    rest = [row for row in chunk[1:] if not _TIME_STAMP.fullmatch(row.strip())]
    # "A. …", "B. …" right under it: its options (not "A." answering it)
    options = _lettered_run(rest)
    if options >= 2:  # a list under the stem, so that each shows on a line of its own
        listed = "\n".join(f"- {row.strip().lstrip('-*+ ')}" for row in rest[:options])
        first = f"{first}\n\n{listed}"
        rest = rest[options:]
    # (the stem asks, or options stand under it: "**What is A?**", "a. …" to "c. …", then
    # "**Answer: c**")
    labelled = (
        bool(rest)
        and _ANSWER_LABEL.match(rest[0]) is not None
        and (_ends_as_question(first) or options >= 2)
    )
    if rest and not labelled and (_continues(first) or _kind(first, legend) is None):
        first = "\n".join([first, *rest])
        rest = []
    if labelled:
        # "Что такое исключение? <br/>" then "**Ответ.** …": the label opens the answer
        opened_bold = rest[0].lstrip()[:2] in ("**", "__")
        rest[0] = _ANSWER_LABEL.sub("", rest[0], count=1)
        if opened_bold and rest[0].count("**") + rest[0].count("__") == 1:
            rest[0] = re.sub(r"\s*(?:\*\*|__)\s*$", "", rest[0])  # "**Answer: c**"
        first = _TRAILING_BR.sub("", first)
    question, note = _split_source(first)
    question, difficulty = _clean(question, legend)
    answer, hints = _split_hints(tidy_answer("\n".join(rest)))
    return Found(
        question,
        line,
        "list",
        answer=answer,
        difficulty=difficulty,
        sections=sections,
        topics=list(topics),
        context=context,
        hints=hints,
        source_note=note,
        end=line + len(chunk) - 1,
    )


def _chunks(body: str) -> list[str]:
    """Paragraph-sized pieces of Markdown; a fenced block or a $$ block stays whole."""
    chunks: list[list[str]] = [[]]
    fence: str | None = None
    for line in body.splitlines():
        marker = re.match(r"^\s*(`{3,}|~{3,}|\$\$)", line)
        if marker:
            token = marker.group(1)[:2]
            if fence is None and not (
                token == "$$" and line.strip().endswith("$$") and len(line.strip()) > 2
            ):
                fence = token
            elif fence is not None and token == fence:
                fence = None
        if fence is None and not line.strip():
            if chunks[-1]:
                chunks.append([])
            continue
        chunks[-1].append(line)
    return ["\n".join(c).strip() for c in chunks if "\n".join(c).strip()]


_OPTION = re.compile(r"^\s*(?:\(?([a-hA-H])\)|([A-H])[.)])\s+\S")
_BULLETED_OPTION = re.compile(r"^\s*[-*+]\s+(?:\(?[a-hA-H]\)|[A-H][.)])\s+\S")
_SHOWN_BELOW = re.compile(
    r"(?i)\b(?:the following|below|this (?:code|snippet|query|table))\b|"
    # Japanese and Chinese: "the following (code)", "the code below"
    r"次の|以下の|下面的?|以下(?:代码|程序)"
)


def _fence_below(lines: Sequence[str], at: int) -> int | None:
    """Where the code block that starts on the first line at or after 0-based `at` that is
    not blank ends (the 0-based line after its closing fence); None if no block starts
    there."""
    while at < len(lines) and not lines[at].strip():
        at += 1
    opened = re.match(r"[ \t]*(`{3,}|~{3,})", lines[at]) if at < len(lines) else None
    if opened is None:
        return None
    mark = opened.group(1)
    for below in range(at + 1, len(lines)):
        if lines[below].strip().startswith(mark[0] * len(mark)) and not lines[below].strip(
            mark[0] + " \t"
        ):
            return below + 1
    return None


def _continue_question(item: Found, body: str) -> tuple[str, str]:
    """An unfinished question ("Given the following matrix:<br>" then the matrix, then
    "What can we say…?") takes the item's next paragraphs up to the one that asks; the
    code, formula or table a question points to ("Run the following code") and the
    options of a multiple-choice question ("(a) 1.0") are part of it too."""
    if not body or item.answer:
        return item.text, body
    stem, _, options = item.text.partition("\n")
    if (
        options
        and all(_LETTERED_OPTION.match(row) for row in options.split("\n") if row.strip())
        and (_ends_as_question(stem) or _kind(stem) is not None)
    ):
        return item.text, body  # its options already under it ("a) …"): what follows answers
    chunks = _chunks(body)
    taken = 0
    if (
        chunks
        and _SHOWN_BELOW.search(item.text)
        and re.match(r"\s*(```|~~~|\$\$|\||<table)", chunks[0])
    ):
        taken = 1
    while taken < len(chunks) and _OPTION.match(chunks[taken]):
        taken += 1
    if _ends_as_question(item.text):
        return _more_parts("\n\n".join([item.text, *chunks[:taken]]).strip(), chunks[taken:])
    shown, chunks = chunks[:taken], chunks[taken:]
    # a code block that is not pointed to answers: the question does not go on past it
    window = chunks[:4]
    fenced = next((i for i, c in enumerate(window) if re.match(r"\s*(```|~~~)", c)), None)
    if fenced is not None:
        window = window[:fenced]
    # "- **Description:** …" under the task: a field, read with the answer's fields
    field = next(
        (i for i, c in enumerate(window) if _BULLET_FIELD.match(c.split("\n", 1)[0])), None
    )
    if field is not None:
        window = window[:field]
    asks = next((i for i, c in enumerate(window) if _ends_as_question(c)), None)
    if asks is None and _kind(item.text) != "mark":
        # "Assume … ." then a formula, then "Given the above, describe …"
        asks = next((i for i, c in enumerate(window) if _asks(c)), None)
    if asks is not None:
        taken = asks + 1
    elif (
        _continues(item.text)
        and not shown
        and fenced != 0
        and field != 0
        # '["this" Keyword](../concepts/this.md)' alone: where it is answered
        and not (chunks and _LINK_ONLY.fullmatch(chunks[0]))
        and not (
            # "What is a null hypothesis" then "The hypothesis that …", "Name a few
            # frameworks" then a list of them: a question without its mark, then the answer
            (_INTERROGATIVE.match(item.text) or _IMPERATIVE.match(item.text))
            and "\n" not in item.text
            and len(item.text.split()) >= 3
            and not re.search(
                r"(?i)\b(?:of|the|a|an|and|or|to|in|for|with|following|below|between|is|are)$",
                item.text.strip(),
            )
            and chunks
            and (chunks[0][:1].isupper() or bool(re.match(r"[-*+]\s", chunks[0])))
        )
    ):
        taken = 1
    else:
        taken = 0
    kept = chunks[:taken]
    rest = chunks[taken:]
    for at, chunk in enumerate(kept):
        # "- **题目描述：** …" then "- **答案：** …" in one list: the answer starts there
        chunk_lines = chunk.split("\n")
        label = next(
            (i for i, x in enumerate(chunk_lines) if _ANSWER_LABEL.match(_BULLET_LEAD.sub("", x))),
            None,
        )
        if label is not None:
            before = "\n".join(chunk_lines[:label]).strip()
            after = "\n".join(chunk_lines[label:])
            kept, rest = (
                [*kept[:at], *([before] if before else [])],
                [after, *kept[at + 1 :], *rest],
            )
            break
    text = "\n\n".join([item.text, *shown, *kept]).strip()
    return _more_parts(text, rest)


def _more_parts(text: str, chunks: list[str]) -> tuple[str, str]:
    """A question ending with "1. Plot …" takes the "2. …", "3. …" parts that follow."""
    last_part = re.match(r"^\s*(\d+)[.)]\s", text.rsplit("\n", 1)[-1])
    taken = 0
    while last_part and taken < len(chunks):
        following = re.match(r"^\s*(\d+)[.)]\s", chunks[taken])
        if not following or int(following.group(1)) != int(last_part.group(1)) + 1:
            break
        last_part = following
        taken += 1
    text = "\n\n".join([text, *chunks[:taken]]).strip()
    return text, "\n\n".join(chunks[taken:]).strip()


def _continues(first_line: str) -> bool:
    """Whether a line stops mid-sentence: the question goes on below it."""
    line = first_line.strip()
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]$", line):
        return False  # "copy()与deepcopy()的区别": Chinese asks without a closing mark
    return bool(re.search(r"(?::|<br\s*/?>|[,;(：，；]|[^\W_])$", line, re.IGNORECASE))


def _versions_below(tokens: Sequence[Token], index: int) -> list[str] | None:
    """The versions of a question in a bullet list right after a list of one item that
    is only a question's label ("19. **问题：**" then "- 中文：…" / "- English: …"), or
    None."""
    after = _skip(tokens, index)
    if (
        after + 1 >= len(tokens)
        or tokens[after].type != "bullet_list_open"
        or tokens[after].level != tokens[index].level
        or sum(t.type == "list_item_open" for t in tokens[index:after]) != 1
        or tokens[index + 3].type != "inline"
        or not _BARE_QUESTION_LABEL.fullmatch(tokens[index + 3].content)
    ):
        return None
    return _language_versions(tokens, after)


def _language_versions(tokens: Sequence[Token], index: int) -> list[str] | None:
    """The items of the list at `index` when each is a question in one language ("中文：…",
    "English: …"), without those labels; else None."""
    rows = [t.content.strip() for t in tokens[index : _skip(tokens, index)] if t.type == "inline"]
    if not rows or not all(_LANGUAGE_LABEL.match(row) for row in rows):
        return None
    return [_LANGUAGE_LABEL.sub("", row, count=1).strip() for row in rows]


def _lettered_choices(
    tokens: Sequence[Token], index: int, end: int, legend: dict[str, str]
) -> bool:
    """Whether the list's items are lettered A, B, C … in order, fewer than half of them
    asking: the choices of a question above it ("- D. Create a new resource" among
    them is a choice, not a task)."""
    level = tokens[index].level
    texts = [
        tokens[at + 2].content
        for at in range(index, end)
        if tokens[at].type == "list_item_open"
        and tokens[at].level == level + 1
        and at + 2 < end
        and tokens[at + 2].type == "inline"
    ]
    if len(texts) < 2:
        return False
    # ("- [x] D) user mode and kernel mode": a box before the letter, ticked or not)
    boxed = all(re.match(r"\s*\[[ xX✓✔]?\]", text) for text in texts)
    texts = [re.sub(r"^\s*\[[ xX✓✔]?\]\s*", "", text) for text in texts]
    # ("**D、新的开发工具**": the letter with a Chinese comma, the right one in bold)
    texts = [re.sub(r"^\s*(\*\*|__)(.+?)\1", r"\2", text) for text in texts]
    letters = [re.match(r"\s*\(?([A-Ha-h])(?:[.)]\s+|[、．]\s*)\S", text) for text in texts]
    if not all(
        letter is not None and letter.group(1).upper() == "ABCDEFGH"[n]
        for n, letter in enumerate(letters)
    ):
        return False
    bare = [re.sub(r"^\s*\(?[A-Ha-h](?:[.)]\s+|[、．]\s*)", "", text).strip() for text in texts]
    asking = sum(
        _kind(choice, legend) is not None
        # ("- B) insert()": a call named, however its name reads)
        and not re.fullmatch(r"`?[\w.]+\([^()\n]{0,30}\)`?", choice)
        for choice in bare
    )
    # (boxes to tick as well as letters: choices, whatever they say, "[ ] A) determines …")
    return boxed or asking * 2 < len(texts)


def _prose_block(code: str, legend: dict[str, str] | None) -> str | None:
    """The text of an indented block that is prose, not code, and asks (its paragraphs
    joined, each on one line; with no legend, whether or not it asks); else None."""
    paragraphs = [
        " ".join(row.strip() for row in chunk.splitlines())
        for chunk in re.split(r"\n\s*\n", code.strip())
        if chunk.strip()
    ]
    if not paragraphs or (legend is not None and _kind(paragraphs[0], legend) is None):
        return None
    if re.search(r"[{};=]\s*$|^\s*(?:def|class|import|return|for|if|while)\b", code, re.M):
        return None
    return "\n\n".join(paragraphs)


def _shown_over_choices(answer: str) -> tuple[str, str] | None:
    """(what is shown, the rest) of an answer that opens with a formula, code or a table
    over two or more short choices: what the question asks about, then its choices."""
    shown = re.match(
        r"\s*(\$\$.*?\$\$|```.*?\n\s*```|~~~.*?\n\s*~~~|(?:\|[^\n]*\n?)+)", answer, re.S
    )
    if shown is None:
        return None
    rest = answer[shown.end() :].strip()
    choices = re.findall(r"(?m)^[ \t]*(?:[-*+]|\d{1,2}[.)]|[A-Ha-h][.)])[ \t]+\S.{0,80}$", rest)
    if len(choices) < 2 or len(choices) < len([r for r in rest.splitlines() if r.strip()]) - 1:
        return None
    return shown.group(1).strip(), rest


def _code_first(answer: str) -> tuple[str, str] | None:
    """(the code, the rest) of an answer that opens with a code block."""
    shown = re.match(r"\s*(```.*?\n\s*```|~~~.*?\n\s*~~~)", answer, re.S)
    if shown is None:
        return None
    return shown.group(1).strip(), answer[shown.end() :].strip()


def _fenced_only(rows: Sequence[str]) -> bool:
    """Whether the lines hold code fences and nothing else (blank lines aside)."""
    kept = [row.strip() for row in rows if row.strip()]
    return (
        len(kept) >= 2
        and kept[0].startswith(("```", "~~~"))
        and re.fullmatch(r"(?:`{3,}|~{3,})", kept[-1]) is not None
    )


def _section_label(line: str, legend: dict[str, str]) -> bool:
    """Whether a line over a numbered question in its paragraph is a section's label in
    plain text ("🔹 Intermediate Q&A"): short, not a sentence, asking nothing."""
    text = line.strip()
    return (
        0 < len(text) <= 60
        and not re.search(r"[.?!:;,。？！：]$", text)
        # a line of code ("ls /nonexistent", 'echo "$1"') over it: the answer above goes on
        and not re.search(r"[=$\"{};|<>`\\]", text)
        and not re.match(r"[a-z][\w.-]*[ \t]+[-/~.]", text)
        and _kind(text, legend) is None
    )


def _numbering_goes_on(content: str, expected: int, legend: dict[str, str]) -> int | None:
    """The index of a line of `content` (not its first) numbered `expected` (or up to two
    more) that asks: the list of questions goes on inside a paragraph. Right under a
    section's label ("🔹 Intermediate Q&A" over "9. What is a Role?"), the numbers may
    skip the questions a list left out."""
    rows = content.split("\n")
    labelled = _section_label(rows[0], legend)
    for number, line in enumerate(rows):
        led = _NUMBERED_LINE.match(line)
        if (
            number
            and led
            and expected <= int(led.group(1)) <= expected + (20 if number == 1 and labelled else 2)
            and _kind(re.sub(r"^\s*\d+\s*[.)\-–—]\s*", "", line), legend) is not None
        ):
            return number
    return None


def _paragraph_items(
    content: str, start: int, legend: dict[str, str], sections: list[str]
) -> list[Found]:
    """Numbered question lines folded into a paragraph outside any list."""
    head, folded = _split_lines(content, legend)
    if not folded:
        return []
    spoken = [row for row in head if not _TIME_STAMP.fullmatch(row.strip())]
    if len(spoken) == 1 and spoken[0] == head[0] and _asks_alone(head[0], legend) == "mark":
        # "What is a t-test?" / "Explain the CLT." / …: the first line asks too (a time
        # stamp under it, "38 mins 30 secs", is no parent)
        folded.insert(0, head)
        head = []
    found = []
    offset = start + 1 + len(head)
    parent = " ".join(head).strip()
    topics, context = _parent_role(parent, legend) if parent else ([], "")
    level = _LEVEL_ONLY.fullmatch(parent) if parent else None
    if level is not None:
        # "[Technical] Difficulty: Easy" over "Question: …": its level and its tag
        topics, context = ([level.group("tag").strip()] if level.group("tag") else []), ""
    for chunk in folded:
        item = _question_from_lines(chunk, offset, sections, topics, context, legend)
        if level is not None and item.difficulty is None:
            item.difficulty = _LEVEL_WORDS[level.group("level").lower()]
        found.append(item)
        offset += len(chunk)
    return found


def _parent_role(text: str, legend: dict[str, str]) -> tuple[list[str], str]:
    """A list parent that is not a question: a short topic (a tag) or a scenario."""
    cleaned = _clean(text, legend)[0]
    if len(cleaned.split()) >= 6 or re.search(r"[$\\=]", cleaned):
        return [], cleaned
    return [re.sub(r"[.:]+$", "", cleaned)], ""


_ANNOUNCED = re.compile(
    r"(?i)(\d{1,3})\s*(?:[^\W\d_]+\s+){0,2}?(?:questions?|вопрос\w*|задач\w*|preguntas?|perguntas?|"
    r"quest(?:ões|oes)|tasks?|problems?|exercises?|puzzles?|câu\s+hỏi|문제|질문|问题|题|問)\b"
)


def _true_false_below(tokens: Sequence[Token], index: int) -> bool:
    """Whether the paragraph at `index` is followed by a list of exactly two choices,
    True and False ("- A. True", "- B. False")."""
    below = _skip(tokens, index)
    if below >= len(tokens) or tokens[below].type not in ("bullet_list_open", "ordered_list_open"):
        return False
    end = _skip(tokens, below)
    choices = [
        re.sub(r"^\W*(?:[A-Da-d][.)]\s*)?", "", t.content).strip(" *_.").lower()
        for t in tokens[below:end]
        if t.type == "inline"
    ]
    return sorted(choices) in (["false", "true"], ["falsch", "richtig"], ["falso", "verdadero"])


def _announced_paragraphs(tokens: Sequence[Token]) -> set[int]:
    """0-based first lines of the paragraphs under a line that announces how many
    questions follow ("[Part 2: 50 Practice Questions]"), one task a paragraph with no
    list marks ("Create a ClusterRoleBinding that …"), when they number about as many:
    at least nine in ten of the count, and no more than it."""
    found: set[int] = set()
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.level != 0 or token.type not in ("paragraph_open", "heading_open"):
            at += 1
            continue
        announced = (
            _announced_count(_normal(tokens[at + 1].content)) if at + 1 < len(tokens) else None
        )
        at = _skip(tokens, at)
        if announced is None or announced < 5:
            continue
        tasks: list[int] = []
        probe = at
        while probe < len(tokens) and tokens[probe].type == "paragraph_open":
            text = tokens[probe + 1].content.strip()
            rows = text.split("\n")
            if (
                len(rows) <= 3
                and len(text) <= 500
                and re.match(r"[(\"“]?[A-Z]", text)
                and len(text.split()) >= 4
                and not text.endswith((":", "："))
            ):
                tasks.append(_first_line(tokens[probe]))
            elif re.search(r"[^\W\d_]{3}", text) and len(text.split()) >= 4:
                break  # prose: the run of tasks is over
            probe = _skip(tokens, probe)  # a stray citation ("medium.com", ".") is passed
        if announced * 9 <= len(tasks) * 10 and len(tasks) <= announced:
            found.update(tasks)
            at = probe
    return found


def _announced_count(heading: str) -> int | None:
    """How many questions a heading says it holds ("… - 40 Questions", "(10 вопросов)")."""
    found = _ANNOUNCED.search(heading)
    return int(found.group(1)) if found else None


_ASKED_ABOUT = re.compile(
    r"(?i)\W*(?:you\s+(?:might|may|will|could|can)\s+(?:also\s+)?be\s+asked(?:\s+(?:about|on))?|"
    r"(?:the\s+)?(?:interviewers?|they)\s+(?:might|may|will|often|could)\s+ask(?:\s+(?:about|you))?|"
    r"expect\s+(?:to\s+be\s+asked(?:\s+about)?|questions\s+(?:on|about))|"
    r"(?:questions|things)\s+you\s+(?:might|may|will)\s+be\s+asked|"
    # "**Questions:**", "Sample questions:" over the list (not "Questions to ask …")
    r"[*_]{0,2}(?:(?:sample|common|example|typical|likely|practice|interview)\s+)?questions"
    r"[*_]{0,2}\s*[:：]\s*[*_]{0,2})\s*[:：]?\s*"
)
"""A line that says the list under it is what the reader may be asked ("You might be
asked about :")."""
_TASKS_LEAD = re.compile(
    r"(?i)\W*(?:(?:some\s+|a\s+few\s+)?ideas\s+(?:of|for)\s+(?:tasks|exercises)\b[^\n?]{0,80}|"
    r"(?:your\s+|the\s+)?(?:tasks|exercises)\s+(?:to\s+(?:work\s+on|try|do|complete|solve|"
    r"practi[cs]e)|for\s+(?:you|the\s+candidate))\b[^\n?]{0,80}|"
    r"[*_]{0,2}(?:your\s+)?(?:tasks?|exercises?)[*_]{0,2})\s*[:：]\s*[*_]{0,2}\s*"
)
"""A line that sets the list under it as tasks for the reader ("Some ideas of tasks to
work on with the weather data:", "**Tasks:**")."""
_ASKED_TASKS = re.compile(
    r"(?i)\btasks?\s+(?:that\s+)?you\s+(?:may|might|will|could|can)\s+be\s+(?:asked|given|set)\b"
)
"""A heading over tasks an interview sets ("Some tasks you may be asked to do")."""
_TASK_HEADING = re.compile(
    # ("### **Type 2: Task**" over "1. Match any string that contains a number.": the
    # second kind of question a practice sheet sets)
    r"(?i)[\W_]*(?:(?:type|part|section|level)\s*[\w.]{1,3}\s*[:.\-–—]\s*)?"
    r"(?:(?:(?:your|the|practi[cs]e)\s+)?tasks?|"
    # "##### Challenge Description:" over "- Predict conversion rate.", "- Come up with …"
    # (not "### !challenge", a quiz tool's block of fields)
    r"challenge\s+description|"
    # "#### **Correct the Code (with Answers):**" over numbered snippets to mend
    r"(?:correct|fix|debug)\s+(?:the\s+)?(?:following\s+)?(?:code|bugs?|errors?|snippets?)\b"
    r"[^\n]{0,40}?|"
    # "## SELECT feladatok" (Hungarian: "SELECT tasks"), "Zadania", "Ejercicios", "Aufgaben":
    # "tasks" or "exercises" in other languages, after a word or two naming their topic
    r"(?:[^\W\d_][\w-]*\s+){0,2}(?:feladatok|zadania|zadaci|[úu]lohy|uzdevumi|ejercicios|"
    r"exerc[íi]cios|exercices|esercizi|exercicis|aufgaben|[üu]bungen|oefeningen|opgaver|"
    r"uppgifter|teht[äa]v[äa]t|al[ıi][şs]t[ıi]rmalar|[ćc]wiczenia|cvi[čc]en[íi]|cvi[čc]enia|"
    r"exerci[țt]ii|задачи|задания|упражнения|завдання))[\W_]*"
)
"""A heading that names the task of a one-problem page ("#### **Task**")."""


def _sets_tasks(tokens: Sequence[Token], index: int, above: str) -> bool:
    """Whether the list at `index` is the reader's tasks: under a line that sets them
    ("Some ideas of tasks to work on …:") or right under a heading that names them
    ("#### **Task**"); a checklist ("- [ ] Add tests") is a plan, not tasks to set."""
    led = _TASKS_LEAD.fullmatch(above) is not None
    headed = (
        index >= 3
        and tokens[index - 1].type == "heading_close"
        and _TASK_HEADING.fullmatch(tokens[index - 2].content) is not None
    ) or (
        # "## Some tasks you may be asked to do", a paragraph of how, then the tasks
        index >= 6
        and tokens[index - 1].type == "paragraph_close"
        and tokens[index - 4].type == "heading_close"
        and _ASKED_TASKS.search(tokens[index - 5].content) is not None
    )
    if not (led or headed):
        return False
    end = _skip(tokens, index)
    rows = [
        t.content
        for t in tokens[index:end]
        if t.type == "inline" and t.level == tokens[index].level + 3
    ]
    return len(rows) >= 2 and not any(_TASK_BOX.match(row) for row in rows)


_PRACTICE_PROBLEMS = re.compile(
    r"(?i)\b(?:coding|practi[cs]e|programming|sql|leetcode|algorithm\w*|dsa)\b.{0,40}?"
    r"\b(?:problems|exercises|tasks|challenges)\b|"
    r"\b(?:problems|exercises|challenges)\s+to\s+(?:practi[cs]e|solve)\b"
)
"""A heading over problems to solve ("Most-asked coding problems to practice")."""


def _one_line_items(tokens: Sequence[Token], index: int, end: int) -> bool:
    """Whether every item of the list at `index` is one short line of words, not a link."""
    rows = [
        t.content
        for t in tokens[index:end]
        if t.type == "inline" and t.level == tokens[index].level + 3
    ]
    return bool(rows) and all(
        "\n" not in row and len(row) <= 160 and not _is_toc_entry(row) for row in rows
    )


_ANSWER_FILE_LINK = re.compile(r"\[[^\[\]\n]{2,160}\]\((?!\s*#|\s*https?://)[^()\s]+\.md\)")


def _link_folder(link: str) -> str:
    target = link[link.rindex("](") + 2 : -1]
    return target.rsplit("/", 1)[0] if "/" in target else ""


def _answer_folders(tokens: Sequence[Token], legend: dict[str, str]) -> frozenset[str]:
    """The folders that hold the answers of questions the document links to: three or
    more list items that ask are links into each ("1. [How do you send data to a
    child?](./solutions/send-data.md)")."""
    asking: dict[str, int] = {}
    for token in tokens:
        if token.type != "inline" or not token.content.rstrip().endswith(".md)"):
            continue
        link = token.content.strip()
        if _ANSWER_FILE_LINK.fullmatch(link) and _kind(link[1 : link.rindex("](")], legend):
            folder = _link_folder(link)
            asking[folder] = asking.get(folder, 0) + 1
    return frozenset(folder for folder, count in asking.items() if count >= 3)


def _answer_file_items(
    tokens: Sequence[Token], index: int, end: int, folders: frozenset[str]
) -> bool:
    """Whether every item of the list at `index` is only a link to a Markdown file in a
    folder of answers ("- [Props vs State](./solutions/props-vs-state.md)", where
    questions that ask link there too): each names a question that file answers."""
    if not folders:
        return False
    rows = [
        t.content.strip()
        for t in tokens[index:end]
        if t.type == "inline" and t.level == tokens[index].level + 3
    ]
    return len(rows) >= 3 and all(
        _ANSWER_FILE_LINK.fullmatch(row) and _link_folder(row) in folders for row in rows
    )


_CONSTRAINT = re.compile(
    r"(?i)\s*(?:do\s+(?:this|it)\b|use\s+only\b|do\s+not\b|don'?t\b|without\b|try\s+(?:to|it)\b|"
    r"now\b|then\b|also\b|bonus\b|can\s+you\s+do\s+(?:it|this)\b|solve\s+(?:it|this)\b|"
    r"what\s+if\b|extend\s+(?:it|this)\b)"
)
"""A sub-point that asks a task to be done some way ("Do this using recursion.", "Use
only one string.", "What if the input is sorted?"), not a question of its own."""


def _constraints_only(tokens: Sequence[Token], children: Sequence[int]) -> bool:
    """Whether every item of the sub-lists at `children` (token indexes of their opening)
    is a constraint on the task above them."""
    texts = [
        t.content
        for child in children
        for t in tokens[child : _skip(tokens, child)]
        if t.type == "inline" and t.level == tokens[child].level + 3
    ]
    return bool(texts) and all(_CONSTRAINT.match(text) for text in texts)


_EMPTY_LINK = re.compile(r"\s*\[([^\[\]\n]{2,160})\]\(\s*\)\s*")
"""A link whose target was never filled in ("[Counting Bits]()"): only its words show."""


def _answer_folded_below(tokens: Sequence[Token], index: int) -> bool:
    """Whether the one-item list at `index` sits right over a fold whose summary says it
    holds the answer ("<details><summary>Potential Solution</summary>")."""
    end = _skip(tokens, index)
    items = sum(
        t.type == "list_item_open" and t.level == tokens[index].level + 1 for t in tokens[index:end]
    )
    if items != 1 or end >= len(tokens) or tokens[end].type != "html_block":
        return False
    fold = tokens[end].content
    summary = _SUMMARY_TEXT.search(fold)
    return (
        fold.lstrip().lower().startswith("<details")
        and summary is not None
        # ("Potential Solution", "Sample answer": the answer, hedged)
        and _ANSWER_SUMMARY.match(
            re.sub(
                r"(?i)^(?:potential|possible|sample|suggested|model|one)\s+",
                "",
                re.sub(r"<[^>]+>", " ", summary.group(1)).strip(),
            )
        )
        is not None
    )


_CODING_TITLE = re.compile(
    r"(?i)\b(?:coding|leetcode|algorithms?|dsa|programming)\b[^\n]{0,40}?"
    r"\b(?:questions?|problems?|exercises?|practice|challenges?)\b"
)
"""A document's title that names coding problems ("Coding Questions", "LeetCode problems")."""


def _coding_problem_doc(tokens: Sequence[Token]) -> bool:
    """Whether the document's title names coding problems and one of its lists links
    three or more of them on a judge's site: a list of problems, some named only by
    their titles ("* Merge K Sorted Lists") where the author did not link them."""
    title = next((tokens[at + 1].content for at, _ in _top_headings(tokens)), "")
    if not _CODING_TITLE.search(_normal(title)):
        return False
    linked = sum(
        _judge_problem_item(t.content) is not None
        for t in tokens
        if t.type == "inline" and "](http" in t.content
    )
    return linked >= 3


def _problem_titles(tokens: Sequence[Token], index: int) -> bool:
    """Whether the list at `index` names problems by their titles: two items or more, each
    a short title ("Merge K Sorted Lists", "Pow(x, n)", "Meeting Rooms (LeetCode Premium)"),
    none a sentence or a lead-in."""
    level = tokens[index].level
    texts = [
        t.content.strip()
        for t in tokens[index : _skip(tokens, index)]
        if t.type == "inline" and t.level == level + 3
    ]
    return len(texts) >= 2 and all(
        0 < len(text.split()) <= 12
        and "\n" not in text
        and not text.rstrip(" *_").endswith((":", "：", "."))
        and re.match(r"[\[*_]*[A-Z0-9]", text) is not None
        for text in texts
    )


def _list_questions(
    tokens: Sequence[Token],
    index: int,
    lines: list[str],
    sections: list[str],
    topics: list[str],
    context: str,
    legend: dict[str, str],
    skipped: list[tuple[int, str, str]],
    *,
    doc_asks: bool = False,
    bare: bool = False,
    bold_items: bool = False,
    announced: bool = False,
    tasks: bool = False,
    numbered_on: bool = False,
    answer_folders: frozenset[str] = frozenset(),
    coded: bool = False,
) -> list[Found]:
    """Questions in a list: items that are questions, under topic or scenario parents
    (`doc_asks`: the document's list items mostly ask, so a short list counts as a list
    of questions too; `bare`: the document is numbered lists of one-line items that
    mostly ask (3 in 5), so every numbered item is one, "HDFS架构" among "hdfs 如何 …?";
    `announced`: a line over the list says it holds questions; `tasks`: it sets the list
    as the reader's tasks, each item one, whatever its wording; `numbered_on`: its numbers
    go on from the list of questions just above, so an item that names a problem is one)."""
    numbered_bare = bare and tokens[index].type == "ordered_list_open"
    end = _skip(tokens, index)
    found: list[Found] = []
    if _lettered_choices(tokens, index, end, legend):
        return found  # "- A. Delete a resource" … "- D. Create a new resource": choices

    def nested(child: int, sub_topics: list[str], sub_context: str) -> list[Found]:
        return _list_questions(
            tokens,
            child,
            lines,
            sections,
            sub_topics,
            sub_context,
            legend,
            skipped,
            doc_asks=doc_asks,
            bare=bare,
            bold_items=bold_items,
            answer_folders=answer_folders,
        )

    # a list of questions: its few items that state rather than ask ("Vector similarity —
    # cosine, dot product, Euclidean distance.") are asked too
    share = _ask_share(tokens, index, end, legend)
    advice = _advice_list(tokens, index, end, legend)
    items = sum(
        t.type == "list_item_open" and t.level == tokens[index].level + 1 for t in tokens[index:end]
    )
    # "1. Find the latest orders." / "2. Count the orders per month." / "3. List …": a
    # weak prompt ("Count", "Return") among numbered items half of which ask outright
    strong = (
        sum(
            _kind(t.content.strip(), legend) is not None
            and not _WEAK_PROMPT.match(_normal(t.content.strip()))
            for t in tokens[index:end]
            if t.type == "inline" and t.level == tokens[index].level + 3
        )
        if tokens[index].type == "ordered_list_open"
        else 0
    )
    # "1. Hierarchical data structure effective for searching is:" over "- Heaps" / "-
    # Trees" / …, three times or more and for most items: a quiz of stems over choices
    quiz_items = (
        tokens[index].type == "ordered_list_open" and _choice_items(tokens, index, end) * 2 >= items
    )
    # "# CISSP Flashcards" over "1. **Integrity**" and its definition below it: each
    # card's front is a term to define
    cards = (
        items >= 3
        and tokens[index].level == 0
        and any(_FLASH_CARDS.search(name) for name in sections)
        and _terms_over_definitions(tokens, index, end)
    )
    # "# 예상 면접 질문" ("expected interview questions") over "- **웹 표준이란?**", "-
    # **레거시 코드**", …: a list of bold items, one in ten asking, under a title that names
    # questions; the bold topics are asked too
    bold_list = (
        items >= 5
        and tokens[index].level == 0
        and any(_QUESTIONS_HEADING.search(n) and not _META_SECTION.match(n) for n in sections)
        and _bold_only_items(tokens, index, end, legend)
    )
    # a one-item numbered list ("1. transformer模型结构图", its answer, "2. …") in a
    # document whose items mostly ask is one more of its questions
    # "## PySpark Interview Questions" … "### ⚡ Performance Questions" over "11.
    # **`cache()` vs `persist()`**" and "12. **Broadcast joins:**", each over its answer:
    # numbered cards, each bold topic asked
    bold_cards = (
        items >= 2
        and tokens[index].type == "ordered_list_open"
        and tokens[index].level == 0
        and any(_QUESTIONS_HEADING.search(n) and not _META_SECTION.match(n) for n in sections)
        and _terms_over_definitions(tokens, index, end, term=_BOLD_CARD, last_below=True)
    )
    # "* [Two Sum](https://leetcode.com/problems/two-sum/)", "* [3Sum](…)", …: a list of
    # problems on a judge's site (three or more, half its items or more), each one to solve
    span = tokens[index].map or [0, 0]
    judged_items = (items >= 3 and "](http" in "".join(lines[span[0] : span[1]])) and (
        2
        * sum(
            _judge_problem_item(t.content) is not None
            for t in tokens[index:end]
            if t.type == "inline" and t.level == tokens[index].level + 3
        )
        >= max(items, 6)
    )
    linked_answers = (
        bool(answer_folders)  # (most documents link into no folder of answers)
        and any(_QUESTIONS_HEADING.search(n) and not _META_SECTION.match(n) for n in sections)
        and _answer_file_items(tokens, index, end, answer_folders)
    )
    of_questions = (
        numbered_bare
        or announced
        or tasks
        or numbered_on
        or _mostly_questions(tokens, index, end, legend)
        or (
            doc_asks
            and (
                share >= 0.5
                or (
                    items == 1
                    and tokens[index].type == "ordered_list_open"
                    # "1. Kiến thức Java" over "  + … là gì?" indented too little to be
                    # its children: a topic over its questions, not one more question;
                    # "6. Các câu hỏi về tư duy logic" ("questions on logic") names some
                    and not _bullets_right_under(tokens, index, end)
                    and not _QUESTIONS_HEADING.search(
                        next((t.content for t in tokens[index:end] if t.type == "inline"), "")
                    )
                )
            )
        )
        # "## Theory Questions" over "1. SQL vs NoSQL databases." / "6. Database keys":
        # the heading says what its list holds
        or (
            items >= 3
            and (share >= 0.3 or (share >= 0.2 and tokens[index].type == "ordered_list_open"))
            and bool(sections)
            and bool(_QUESTIONS_HEADING.search(sections[-1]))
            and not _META_SECTION.match(sections[-1])
        )
        # "## JS questions" … "### Imports" over "1. The difference between CommonJS vs ES
        # Imports?" / "2. Pros and cons of default vs named exports": a short numbered
        # list, half of it asking, in a section of questions
        # (one of them with its question mark: "1. **Try each exercise yourself first** -
        # Don't peek" under "# Practice Exercises" instructs, asking nothing)
        or (
            items >= 2
            and share >= 0.5
            and tokens[index].type == "ordered_list_open"
            and tokens[index].level == 0
            and any(_QUESTIONS_HEADING.search(name) for name in sections)
            and not any(_META_SECTION.match(name) for name in sections)
            and any(
                t.type == "inline" and _kind(t.content.split("\n", 1)[0], legend) == "mark"
                for t in tokens[index:end]
            )
            # (items with nothing under them: "4. Hive UDF" among items that answer is a
            # topic answered in turn)
            and _one_line_items(tokens, index, end)
            and all(
                t.type.startswith(("list_item_", "paragraph_", "inline"))
                for t in tokens[index + 1 : end - 1]
            )
        )
        # "## Basic React Questions" over "- [Props vs State](./solutions/props-vs-state.md)":
        # each item links to the file that answers it
        or linked_answers
        or bold_cards
        # "## Most-asked coding problems to practice" over "1. Second/Nth highest salary.":
        # problems named, each one to solve
        or (
            items >= 3
            and tokens[index].type == "ordered_list_open"
            and tokens[index].level == 0
            and bool(sections)
            and bool(_PRACTICE_PROBLEMS.search(sections[-1]))
            and not _META_SECTION.match(sections[-1])
            and _one_line_items(tokens, index, end)
        )
        # "## 🔴 Hard (Internals & Tuning - 40 Questions)" over a list of 40 items
        or (items >= 3 and bool(sections) and _announced_count(sections[-1]) == items)
        # "1. ARC" / "2. В какой момент объект освобождается из памяти" / "3. Runloop" …:
        # a long numbered list, half of it asking, is a list of questions and terse topics
        or (
            items >= 20
            and share >= 0.5
            and tokens[index].type == "ordered_list_open"
            and tokens[index].level == 0
        )
        # "# Перечень теоретических вопросов к курсу" ("list of theory questions for the
        # course") over "## Раздел 1" and "1. **Функции активации.** Роль нелинейности…":
        # an exam's list, every numbered item a question
        or (
            tokens[index].type == "ordered_list_open"
            and any(_EXAM_QUESTIONS.search(name) for name in sections)
        )
        # "# Review Questions" … "<summary>Array</summary>" over "* [ ] Two Sum", "* [ ]
        # 3Sum": a checklist of problems to solve, under a title that names them
        or (
            items >= 3
            and _task_list(tokens, index, end, titled=True)
            and any(
                _QUESTIONS_HEADING.search(name) and not _META_SECTION.match(name)
                for name in sections
            )
        )
    )
    position = index + 1
    while position < end - 1:
        token = tokens[position]
        if token.type != "list_item_open":
            position += 1
            continue
        item_end = _skip(tokens, position)
        line = (token.map[0] + 1) if token.map else 0
        first = next(
            (
                t
                for t in tokens[position:item_end]
                if t.type == "inline" and t.level == token.level + 2
            ),
            None,
        )
        content = (first.content if first is not None else "").strip()
        # "2. [TCP의 …?](…) <br>": a break after a link shows nothing
        link_only = _TRAILING_BR.sub("", content).rstrip() if content.endswith(">") else content
        children = [
            i
            for i in range(position + 1, item_end - 1)
            if tokens[i].type in ("bullet_list_open", "ordered_list_open")
            and (
                tokens[i].level == token.level + 1
                # "12. Why ReLU?" over "\t> 1. What does non-linearity mean?": a quoted
                # list of follow-ups
                or (
                    tokens[i].level == token.level + 2
                    and tokens[i - 1].type == "blockquote_open"
                    and tokens[i - 1].level == token.level + 1
                )
            )
        ]
        problem = _judge_problem_item(link_only) if judged_items or tasks else None
        if problem is None and tasks and (empty := _EMPTY_LINK.fullmatch(link_only)):
            problem = (empty.group(1), "")  # "* [Counting Bits]()": a link not filled in
        if problem is not None:
            # "* [Two Sum](https://leetcode.com/problems/two-sum/) - DONE" among such
            # items: a problem to solve, its page the source
            question, difficulty = _clean(problem[0], legend, numbered=False)
            found.append(
                Found(
                    question,
                    line,
                    "list",
                    difficulty=difficulty,
                    sections=sections,
                    topics=list(topics),
                    context=context,
                    source_note=problem[1],
                    end=line,
                )
            )
            for child in children:
                found.extend(nested(child, topics, context))
            position = item_end
            continue
        if _is_toc_entry(link_only):
            label = _LINK_ONLY.fullmatch(link_only)
            target = re.search(r"\]\(\s*<?([^)\s>]*)", link_only)
            href = target.group(1) if target else ""
            to_file = bool(href) and not re.match(r"#|[a-z]+:", href)
            if label and re.match(r"\s*<?https?://", label.group(1)):
                pass  # "[https://…](https://…)": an address, whatever words it holds
            elif label and (
                _looks_like_question(label.group(1), legend)
                # "1. [HDFS架构](./docs/HDFS架构.md)" among numbered questions: one whose
                # answer is in that file (also "- [Props vs State](./solutions/….md)"
                # under "## Basic React Questions", each item such a link)
                or ((numbered_bare or linked_answers) and to_file)
            ):
                if (
                    not ((numbered_bare or linked_answers) and to_file)
                    and href
                    and not href.startswith("#")
                    and share <= 0.5
                    and _kind(label.group(1), legend) == "word"
                    # ("[HTTP Keep-Alive와 TCP Keep-Alive의 차이점을 설명해주세요.](…)",
                    # "please explain …": a sentence that asks, not a solution's title)
                    and not (
                        re.search(r"[.。]\s*$", label.group(1))
                        and (
                            _OTHER_ASKS.search(_normal(label.group(1)).rstrip(" ."))
                            # ("[请写出L-M算法的流程并指出其…优缺点。](…)", "please write out
                            # …": a sentence in Chinese that asks)
                            or _CJK_ASKS.search(label.group(1))
                        )
                    )
                ):
                    # "[Find Max in sliding window](exercises/…)" among links to files
                    # that do not ask: an index of solutions, not a question
                    skipped.append((line, label.group(1).strip(), "a link in an index"))
                elif not href or href.startswith("#"):
                    skipped.append((line, label.group(1).strip(), "a link (table of contents)"))
                else:
                    # a question whose answer is elsewhere, unless the document asks it
                    # again below (a table of contents with full URLs)
                    question, difficulty = _clean(label.group(1), legend)
                    linked = Found(
                        question,
                        line,
                        "list",
                        difficulty=difficulty,
                        sections=sections,
                        topics=list(topics),
                        context=context,
                        source_note=href,
                        end=line,
                    )
                    linked.linked = True
                    found.append(linked)
            # "* [2. Object detection](#2-object-detection)" over its questions: a link
            # to a section names their topic
            named = _clean(label.group(1), legend)[0] if label else ""
            sub_topics = (
                [*topics, named]
                if named and not _looks_like_question(named, legend) and len(named) <= 60
                else topics
            )
            for child in children:
                found.extend(nested(child, sub_topics, context))
            position = item_end
            continue
        if _BARE_QUESTION_LABEL.fullmatch(content) and len(children) == 1:
            worded = _language_versions(tokens, children[0])
            if worded is not None:
                # "1. **问题：**" over "- 中文：请描述 …" / "- English: Please describe …":
                # one question, written in each language
                question, difficulty = _clean(worded[0], legend)
                found.append(
                    Found(
                        "\n\n".join([question, *worded[1:]]),
                        line,
                        "list",
                        difficulty=difficulty,
                        sections=sections,
                        topics=list(topics),
                        context=context,
                        end=token.map[1] if token.map else line,
                    )
                )
                position = item_end
                continue
        examples = _example_questions(lines, line, token.map[1] if token.map else line)
        if examples:
            # "1. **Define metrics:** what such questions ask …" over "*Example questions:
            # Instagram's DAU fell 5%. How would you investigate?*": the item is a kind of
            # question, the examples are the questions
            label = re.match(r"\s*(?:\*\*|__)([^*_\n]{2,60}?)[:：]?(?:\*\*|__)", content)
            kind_name = (label.group(1) if label else " ".join(content.split()[:6])).strip(" :")
            for at, asked in examples:
                question, difficulty = _clean(asked, legend)
                found.append(
                    Found(
                        question,
                        at,
                        "list",
                        difficulty=difficulty,
                        sections=sections,
                        topics=[*topics, kind_name],
                        context=context,
                        end=at,
                    )
                )
            position = item_end
            continue
        content, labels = _strip_labels(content)
        first_line, newline, rest = content.partition("\n")
        dashed = _dashed(first_line, legend)
        dash_answer = ""
        if dashed is not None:
            content = dashed[0] + newline + rest
            dash_answer = dashed[1]
        elif (verdict := _TRAILING_VERDICT.search(first_line)) is not None and not newline:
            # "P-value is the probability the null is true. (False)": a statement to
            # judge, and its verdict
            content = first_line[: verdict.start()].rstrip()
            dash_answer = verdict.group(1)
        title = re.fullmatch(r"\s*(\*\*|__)([^*_\n]{2,120})\1\s*(?:\\|<br\s*/?>)?\s*", first_line)
        item_title = ""
        if (
            title is not None
            and rest.strip()
            and (
                _kind(title.group(2), legend) is None
                # "**Problem 1.1: Chance Meeting**" over the problem: its number and name
                or _names_a_numbered_problem(title.group(2), legend)
                # "**Convert NN Classification to Regression**" over "How would you …?"
                or (
                    _kind(title.group(2), legend) == "word"
                    and _ends_as_question(rest.strip().split("\n", 1)[0])
                )
            )
            and (
                _kind(rest.strip(), legend) is not None
                or "?" in rest
                or bool(_SCENARIO.match(rest.strip()))
            )
        ):
            # "**[Amazon] Robustness to Outliers**" over "Which one … is more robust?":
            # the bold line names the question, the line under it asks it
            item_title = title.group(2).strip()
            content = rest.strip()
        head, folded = _split_lines(content, legend)
        text = "\n".join(head)
        kind = _kind(text, legend) if text else None
        if kind == "word" and advice:
            kind = None  # "- Ask clarifying questions" / "- Draw clear diagrams": tips

        # "5. *Find the pdf of $Y$ …*" in italics over its worked answer: the type sets
        # the prompt apart from the answer under it, as a question's is
        # (not in bold: "7. **Run Project**" over its command is a step of a how-to)
        italic = _WHOLE_ITALIC.fullmatch(text)
        set_apart = bool(
            italic is not None
            and italic.group(1) in ("*", "_")
            and token.map is not None
            and _first_paragraph_end(tokens, position, item_end, line) < token.map[1] - 1
        )
        if (
            kind == "word"
            and not of_questions
            and not item_title
            and not set_apart
            and items > 1  # "1. Explain self-attention." alone, its answer below: asks
            and (
                (_WEAK_PROMPT.match(text) and (strong < 2 or strong * 2 < items))
                or (
                    share <= 0.5
                    # (not among stems over their choices, nor a statement to judge: "3.
                    # Vrai ou Faux : …" in a quiz)
                    and not quiz_items
                    and _IMPERATIVE.match(plain := re.sub(r"^[*_`\s]+", "", text))
                    and not _SCENARIO.match(plain)
                    and not _JUDGE_THIS.match(plain)
                )
            )
        ):
            # "Select a role from the sidebar." in a how-to; "Discuss the challenges you
            # faced." among tips that state: advice, not a question
            kind = None
        whole_bold = (
            (bold_items or cards or bold_list or bold_cards)
            and tokens[index].level == 0
            and (_BOLD_CARD if bold_cards else _BOLD_TERM).fullmatch(content) is not None
        )
        if whole_bold and kind is None:
            kind = "word"  # "* **Java内存模型**" among "* **…的区别**" items, each answered below
        if (
            kind is None
            and text
            and not folded
            and any(
                t.type in ("html_block", "html_inline")
                and (summary := re.search(r"(?is)<summary[^>]*>(.*?)</summary>", t.content))
                is not None
                and _ANSWER_SUMMARY.match(re.sub(r"<[^>]+>", " ", summary.group(1)).strip())
                for t in tokens[position:item_end]
            )
        ):
            # "9. Para adicionar um evento a um botão, usamos:" over its folded "Resposta":
            # an item whose answer is folded under it asks, however it is worded
            kind = "word"
        if (
            kind is None
            and text
            and not folded
            and (
                (
                    len(children) == 1
                    and _lettered_choices(tokens, children[0], _skip(tokens, children[0]), legend)
                )
                # ("**… functions that:**" over "a. never return a value", "b. …" as
                # paragraphs of the item)
                or (
                    token.map is not None
                    and _lettered_run(
                        [
                            row.strip()
                            for row in lines[token.map[0] + 1 : token.map[1]]
                            if _LETTERED_OPTION.match(row.strip())
                        ]
                    )
                    >= 2
                )
            )
        ):
            # "3. Ray tracing is generally slower than rasterisation." over "- a) True" /
            # "- b) False": a statement to judge, or a stem over its lettered choices
            kind = "word"
        choices_under = (
            quiz_items
            and len(children) == 1
            and tokens[children[0]].type == "bullet_list_open"
            and _choice_list(tokens, children[0])
        )
        if kind is None and text and not folded and choices_under:
            # "1. … effective for searching is:" over "- Heaps", "- Trees", …: a stem
            # over its choices, in a list of them
            kind = "word"
        if (
            kind is None
            and text
            and not folded
            and len(children) == 1
            and tokens[children[0]].type == "bullet_list_open"
            and _yes_or_no(tokens, children[0])
        ):
            # "- Algoritma analizi … bağlı değildir." over "- Evet" / "- Hayır" (yes / no):
            # a statement to judge
            kind = "word"
        child_asks = any(
            _asks_inside(tokens, c, legend)
            # (its lettered choices are no questions of their own: "[ ] A) determines …")
            and not _lettered_choices(tokens, c, _skip(tokens, c), legend)
            for c in children
        )
        has_child_questions = not whole_bold and (bool(folded) or child_asks)
        is_parent = has_child_questions and (
            kind is None
            or (
                kind == "word"
                and not _ends_as_question(_clean(text, legend)[0])
                # "- Design a Job scheduler => scalability, …" with "Based on frequency
                # how will you execute them ?" folded under it: a task of its own, and
                # the lines that ask under it are more questions, not its parts
                and not (folded and not child_asks and _TASK_PROMPT.match(text))
                # "* Optional의 값 추출 방식에 대해 설명하시오." ("explain how …") over
                # "* guard 구문을 활용한 …에 대해 설명하시오.": a task set in a formal
                # imperative, whole, asks; the ones under it follow it up
                and not (
                    "\n" not in text.strip()
                    and text.rstrip(" *_").endswith((".", "。"))
                    and _FORMAL_TASK.search(text) is not None
                )
                # "* Write a method that reverses a string." over "* Use only one string.
                # Do not add or remove items.": a task, and the ways to do it it asks for
                and not (
                    len(text.split()) >= 4
                    and not text.rstrip(" *_").endswith((":", "："))
                    and _constraints_only(tokens, children)
                )
            )
        )
        bold_asked = re.fullmatch(
            r"\s*(\*\*|__)([^*_\n]{2,300})\1\s*(?:\\|<br\s*/?>)?\s*", first_line
        )
        if (
            is_parent
            and children
            and not folded
            and bold_asked is not None
            and _kind(bold_asked.group(2), legend) is not None
            and rest.strip()
            and _kind(rest.strip().split("\n", 1)[0], legend) is None
        ):
            # "**Explain the Apriori algorithm and its key steps.**" answered on the next
            # line ("Apriori finds frequent itemsets:") over "- Identify frequent items.":
            # the steps are its answer, not questions under it
            is_parent = False
        asks_later = False
        if kind is None and of_questions and not has_child_questions and text:
            if (
                _states_a_topic(text)
                or _names_a_problem(text)
                or _asks_within(text, legend)
                or linked_answers
                or tasks
                # a topic named, not a sentence ("Resources we liked." closes a list)
                or (
                    numbered_bare
                    and "\n" not in text
                    and len(text) <= 120
                    and not text.rstrip(" *_").endswith((".", ":", "。", "："))
                )
            ):
                kind = "word"
            elif not _is_toc_entry(content) and re.search(r"[^\W_]", text):
                skipped.append((line, text, "among questions, but it does not ask"))
        if kind is None and text and children and not has_child_questions:
            # "**Scenario: Your model is biased …**" over "- *A:* Audit the data …": an
            # answer under it says it was asked
            below = next(
                (t for t in tokens[children[0] : _skip(tokens, children[0])] if t.type == "inline"),
                None,
            )
            if below is not None and _ANSWERED_BELOW.match(below.content):
                kind = "word"
        if (
            kind is None
            and text.rstrip().endswith((":", "："))
            and not has_child_questions
            and token.map is not None
            and _options_follow(lines, _first_paragraph_end(tokens, position, item_end, line))
        ):
            # "2. Machine Learning é um subcampo da IA que:" over "- [ ] …" options
            kind = "word"
        if kind is None and text and not has_child_questions and _lettered_options_in(content):
            # "1. 已知各期环比增长速度为…，则定基增长速度是" then "A. …", "B. …" lines: a
            # multiple-choice stem (a fill-in that ends without a mark)
            kind = "word"
        if kind is None and text and not has_child_questions and token.map is not None:
            # "1. First law" and a formula, then "Compute the following expression:"
            later = _chunks(
                _dedent(
                    "\n".join(
                        lines[_first_paragraph_end(tokens, position, item_end, line) : token.map[1]]
                    )
                )
            )
            if any(_asks(chunk) for chunk in later[:4]):
                kind = "word"
                asks_later = True
        if kind is not None and re.match(r"(?i)\W*not\s+(?:a|really\s+a)\s+question\b", text):
            kind = None  # "Not a question, but make sure you understand subnetting."
            skipped.append((line, text, "it says it is not a question"))
        if kind is not None and not is_parent:
            item = _question_from_lines(
                [head[0], *head[1:]] if head else [text], line, sections, topics, context, legend
            )
            if dash_answer:
                item.answer = dash_answer
                item.complete = True
            if item_title and not item.context:
                item.context = item_title
            if labels:  # "`Estimation`" before the question: a tag
                item.topics = [*item.topics, *(x for x in labels if x not in item.topics)]
            # the rest of the item, in order: paragraphs, code, tables and sub-lists of
            # plain points; a sub-list of questions gives follow-ups instead
            skip_ranges: list[tuple[int, int]] = []
            for child in children:
                subs = nested(child, topics, context)
                if (
                    subs
                    and all(_kind(sub.text, legend) == "word" for sub in subs)
                    and _ask_share(tokens, child, _skip(tokens, child), legend) <= 0.5
                ):
                    # "When the gradients accumulate, the network …" among points that
                    # state: a point of the answer, not a follow-up question
                    subs = []
                for sub in subs:
                    item.follow_ups.append(sub.text)
                    item.follow_ups.extend(sub.follow_ups)
                child_map = tokens[child].map
                if subs and child_map is not None:
                    skip_ranges.append((child_map[0], child_map[1]))
            rest_from = _first_paragraph_end(tokens, position, item_end, line)
            rest_to = token.map[1] if token.map else line
            # "- 2-1. What differs …?" then, in the item, "2-2. Explain …" paragraphs
            # numbered under the same first number: each is a question of its own
            parts: list[tuple[int, int]] = []
            numbered = re.match(r"\s*(?:[-*+]\s+)?(\d{1,3})[-.](\d{1,3})[.)]?\s", lines[line - 1])
            if numbered is not None:
                parts = [
                    (n, n)
                    for n in range(rest_from, min(rest_to, len(lines)))
                    if re.match(rf"\s*{numbered.group(1)}[-.]\d{{1,3}}[.)]?\s+\S", lines[n])
                    and (n == 0 or not lines[n - 1].strip())
                    and _kind(_PART_NUMBER.sub("", lines[n]), legend)
                ]
                if parts:
                    rest_to, ends = parts[0][0], [n for n, _ in parts[1:]] + [rest_to]
                    parts = [(n, end) for (n, _), end in zip(parts, ends, strict=True)]
            kept_lines = [
                lines[n]
                for n in range(rest_from, min(rest_to, len(lines)))
                if not any(a <= n < b for a, b in skip_ranges)
            ]
            more = _dedent("\n".join(kept_lines)).strip()
            if more and asks_later:
                # the item states, then asks in its later paragraphs: all of it is asked
                more, hints = _split_hints(tidy_answer(more))
                item.hints.extend(hints)
                item.text = f"{item.text}\n\n{more}".strip()
                more = ""
            if more:
                body, hints = _split_hints(tidy_answer(more))
                item.hints.extend(hints)
                # a card's front is the whole question; its back answers (and so does
                # what a "<details>" right under the item folds away)
                # (a lab's task answered by its command: the command is no part of it)
                if (
                    not cards
                    and not bold_cards
                    and not coded
                    and not re.match(r"(?i)\s*<details\b", more)
                ):
                    item.text, body = _continue_question(item, body)
                if body and not item.answer:
                    # "- a) True" / "- b) False" under it: its choices, asked with it
                    body = _box_options(item, body, choices=choices_under)
                if body:
                    item.answer = f"{item.answer}\n\n{body}".strip()
            item.end = rest_to if parts else (token.map[1] if token.map else line)
            found.append(item)
            for chunk_at, chunk in _folded_positions(head, folded, line):
                found.append(
                    _question_from_lines(chunk, chunk_at, sections, topics, context, legend)
                )
            for part_at, part_end in parts:
                part_body = _dedent("\n".join(lines[part_at:part_end])).strip()
                part_text, _, part_rest = part_body.partition("\n\n")
                part = _question_from_lines(
                    [_PART_NUMBER.sub("", part_text)],
                    part_at + 1,
                    sections,
                    topics,
                    context,
                    legend,
                )
                part.answer, part.hints = _split_hints(tidy_answer(part_rest))
                part.end = part_end
                found.append(part)
        else:
            parent_topics, parent_context = (topics, context)
            if text:
                role_topics, role_context = _parent_role(text, legend)
                parent_topics = [*topics, *role_topics]
                parent_context = role_context or context
            for chunk_at, chunk in _folded_positions(head, folded, line):
                found.append(
                    _question_from_lines(
                        chunk, chunk_at, sections, parent_topics, parent_context, legend
                    )
                )
            for child in children:
                found.extend(nested(child, parent_topics, parent_context))
        position = item_end
    return found


_TRAILING_VERDICT = re.compile(
    r"(?<=[.!])[ \t]*\((?:\*\*|__)?(True|False|Verdadero|Falso|Verdadeiro|Vrai|Faux|Richtig|"
    r"Falsch|Benar|Salah|Doğru|Yanlış|Đúng|Sai)(?:\*\*|__)?\)[ \t]*$"
)
"""A statement's verdict in brackets after it ("… narrower intervals. (True)")."""
_DASHED_ANSWER = re.compile(
    r"^(?:[^:?\n]{2,60}:\s+)?(?P<q>[^\n]*?[?.])\s+[–—]\s+(?P<a>\S[^\n]*)$|"
    r"^(?P<q2>[^\n]*?\?)\s*(?:→|->|=>|⇒|⟶|➡)\s*(?P<a2>\S[^\n]*)$"
)
"""An item that carries its answer after a dash, with an optional topic label before
the question ("Bias-Variance Tradeoff: Explain … learning. – This tradeoff is …"), or
after an arrow ("Is Airflow an ETL tool? → ❌ No")."""


def _dashed(line: str, legend: dict[str, str]) -> tuple[str, str] | None:
    """The question and the answer of an item that carries its answer after a dash
    ("Bias-Variance Tradeoff: Explain the tradeoff. – This tradeoff is …"); None when
    the part before the dash does not ask."""
    if _WIKI_ANSWER.search(line):
        return None  # "…? — [[note|Ответ]]": the link to the answer, read as its source
    labelled = _INLINE_ANSWER_OR_NONE.split(line, maxsplit=1)
    if len(labelled) == 2 and _kind(labelled[0], legend) is not None:
        # "*Qual é a função do `FROM`?* **Resposta:** Especifica a imagem base": the
        # answer after its bold label (none when the label ends the line)
        return labelled[0].strip(), labelled[1].strip()
    match = _DASHED_ANSWER.match(line)
    asked = match and (match.group("q") or match.group("q2"))
    if match is None or not asked or _kind(asked, legend) is None:
        return _bold_lead(line, legend) or _asked_then_answered(line, legend)
    return asked, (match.group("a") or match.group("a2")).strip()


_ASKED_THEN_ANSWERED = re.compile(
    r"(?P<q>[^?？\n]{3,160}[?？])[ \t]+(?P<a>[A-Z0-9\"“(`][^?？\n]{2,}|(?:Yes|No)\b\.?)"
)
"""A short question and its answer on one line ("Ridge vs Lasso? Ridge shrinks …")."""


def _asked_then_answered(line: str, legend: dict[str, str]) -> tuple[str, str] | None:
    """The question and the answer of "Supervised vs unsupervised? Labels vs no labels.":
    the part after the mark states, it does not ask again ("…? Give an example." asks)."""
    match = _ASKED_THEN_ANSWERED.fullmatch(line.strip())
    if match is None or len(match.group("q").split()) > 14:
        return None
    if re.search(r"(?i)\btrue\s+or\s+false\s*[?？]$|(?:^|[:.]\s*)\w+[?？]$", match.group("q")):
        return None  # "True or False? k-NN …", "Why? Because …": the statement is asked of
    answer = match.group("a")
    if _GLOSS.fullmatch(answer):
        # "…you handled? (GBs/TBs/PBs, number of records)": still the question (a short
        # answer in brackets, "VaR limitations? (Doesn't capture tail risk)", reads alike
        # and is kept with its question too: more lists gloss than answer this way)
        return None
    if _kind(answer, legend) is not None or _kind(match.group("q"), legend) != "mark":
        return None
    if not re.search(r"[.!。)]\s*$", answer) and not re.fullmatch(r"(?:Yes|No)\.?", answer):
        # "Missing an answer? Send a pull request": a call to act, not a sentence ("Can
        # `val` be reassigned? No" is a yes-no question answered)
        return None
    return match.group("q").strip(), answer.strip()


def _bold_lead(line: str, legend: dict[str, str]) -> tuple[str, str] | None:
    """`**What is a Convolution?** Sliding a kernel …`: a bold question (or instruction,
    "**Explain IoU.**") that opens the line, and its answer after it; None otherwise
    ("**Overfitting**: how did you detect it?" is one question)."""
    match = re.match(r"^\s*(\*\*|__)(?P<q>[^*_\n]{3,300}?)\1[ \t]*(?P<a>[^:\s].*)$", line)
    if match is None:
        return None
    question = match.group("q").strip()
    kind = _kind(question, legend)
    if not (
        (kind == "mark" and _ends_as_question(question))
        or (kind == "word" and question.endswith("."))
    ):
        return None
    after = match.group("a").strip()
    plain_after = re.sub(r"^[*_`\s]+", "", after)
    if _ends_as_question(after) or (
        # "How does it help?" goes on asking; "can be stored …" (lower case) and "When all
        # operations run at once" answer
        plain_after[:1].isupper()
        and not re.match(r"(?i)(?:when|where|if|because|since|while)\b", plain_after)
        and (_IMPERATIVE.match(plain_after) or _INTERROGATIVE.match(plain_after))
    ):
        # "**What is backpropagation?** How does it help training?": more of the question
        return f"{question} {after}", ""
    return question, after


_LABELS = re.compile(r"^\s*((?:`[^`\n]{1,30}`\s*){1,4})(?:[*★⭐]{1,5}\s*)?[—–:|-]+\s+(?=\S)")


def _strip_labels(text: str) -> tuple[str, list[str]]:
    """An item without its leading labels ("`L5` `Estimation` ** — Estimate …") and the
    labels worth keeping as tags (not levels such as `L5`)."""
    match = _LABELS.match(text)
    if match is None:
        return text, []
    labels = [
        label.strip()
        for label in re.findall(r"`([^`]+)`", match.group(1))
        if not re.fullmatch(r"\s*[A-Za-z]?\d+\s*", label)
    ]
    return text[match.end() :], labels


def _bold_item_doc(tokens: Sequence[Token], legend: dict[str, str]) -> bool:
    """Whether the document's top-level list items are mostly one bold line each (three in
    four, five or more), 2 in 5 of which ask: then each such item is a question, its
    nested points the answer ("* **Java内存模型**" among "* **…的区别**")."""
    bold = asking = total = 0
    for position, token in enumerate(tokens):
        if token.type != "inline" or position < 2 or token.level != 3:
            continue
        if tokens[position - 2].type != "list_item_open":
            continue
        total += 1
        whole = _BOLD_TERM.fullmatch(token.content)
        if whole:
            bold += 1
            asking += _kind(whole.group(2), legend) is not None
    return bold >= 5 and bold * 4 >= total * 3 and asking * 5 >= bold * 2


def _bare_lists(tokens: Sequence[Token], asking: int, total: int) -> bool:
    """Whether the document is numbered lists of one-line items, 3 in 5 of which ask, and
    little else: no code, at most three paragraphs outside its lists (an introduction)."""
    if total < 10 or asking * 5 < total * 3:
        return False
    prose = 0
    numbered = one_line = 0
    for position, token in enumerate(tokens):
        if token.type in ("fence", "code_block"):
            return False
        if token.type == "paragraph_open" and token.level == 0:
            prose += 1
        if (
            token.type == "inline"
            and position >= 2
            and tokens[position - 2].type == "list_item_open"
            and tokens[position - 2].info.isdigit()
        ):
            numbered += 1
            one_line += "\n" not in token.content.strip()
    return prose <= 3 and numbered * 3 >= total * 2 and one_line * 10 >= numbered * 9


def _mostly_questions(
    tokens: Sequence[Token], index: int, end: int, legend: dict[str, str]
) -> bool:
    """Whether the list at `index` is a list of questions: at least 5 items, and at least
    3 in 4 of them ask (by their marks or words)."""
    asked, total = _asking_items(tokens, index, end, legend)
    return total >= 5 and asked * 4 >= total * 3


def _ask_share(tokens: Sequence[Token], index: int, end: int, legend: dict[str, str]) -> float:
    """The share of the list's items that ask (by their marks or words)."""
    asked, total = _asking_items(tokens, index, end, legend)
    return asked / total if total else 0.0


def _announced_under_heading(
    tokens: Sequence[Token], index: int, current: Found | None, legend: dict[str, str]
) -> bool:
    """Whether the list at `index`, under a heading that only names a problem, is
    announced as its questions ("**Questions:**") and most of its items ask."""
    if current is None or current.layout != "heading" or _kind(current.text, legend) == "mark":
        return False
    if index < 3 or tokens[index - 3].type != "paragraph_open":
        return False
    if not _ASKED_ABOUT.fullmatch(tokens[index - 2].content.strip()):
        return False
    asking, total = _asking_items(tokens, index, _skip(tokens, index), legend)
    return total >= 2 and asking * 2 > total


def _questions_after_answer(
    tokens: Sequence[Token],
    index: int,
    lines: Sequence[str],
    answer_start: int,
    legend: dict[str, str],
) -> bool:
    """Whether the list at `index`, after a heading question's answer and last before the
    next heading, is more questions ("##### ¿Qué es un hashtable?", its answer, then "*
    ¿Qué es un closure?" …): three or more items, all but one in ten asking, after prose
    that does not lead into it (no ":")."""
    after = _skip(tokens, index)
    if after < len(tokens) and tokens[after].type != "heading_open":
        return False
    place = tokens[index].map
    start = place[0] if place else 0
    given = [line.strip() for line in lines[answer_start:start] if line.strip()]
    if not given or given[-1].endswith((":", "：")) or len(" ".join(given)) < 40:
        return False
    if re.match(r"#{1,6}\s", given[-1]):
        return False  # right under a sub-heading of the answer ("### **Unit Testing**")
    level = tokens[index].level
    items = [
        _normal(token.content).strip().lstrip("¿¡").strip()
        for token in tokens[index:after]
        if token.type == "inline" and token.level == level + 3
    ]
    asking = sum(
        _ends_as_question(item) or bool(_IMPERATIVE.match(item) or _OTHER_ASKS.match(item))
        for item in items
    )
    return len(items) >= 3 and asking * 10 >= len(items) * 9


def _asking_items(
    tokens: Sequence[Token],
    index: int,
    end: int,
    legend: dict[str, str],
    *,
    any_level: bool = False,
) -> tuple[int, int]:
    """How many items of the list at `index` ask, and how many there are (`any_level`:
    the first line of every list item between `index` and `end`)."""
    level = tokens[index].level if index >= 0 else 0
    asked = total = 0
    for position in range(index + 1, end - 1):
        token = tokens[position]
        if token.type != "inline":
            continue
        if any_level:
            if position < 2 or tokens[position - 2].type != "list_item_open":
                continue
        elif token.level != level + 3 or tokens[position - 2].type != "list_item_open":
            # (an item's first paragraph: "1. Derive the dual problem …:" over a formula
            # in a paragraph of its own counts once)
            continue
        content = token.content.strip()
        if not content:
            continue
        if _is_toc_entry(content):
            # "[Что такое ООП?](answers/…)": a question linked to the file that answers
            # it counts by its words; a link within the page is a table of contents
            label = _LINK_ONLY.fullmatch(content)
            target = re.search(r"\]\(\s*<?([^)\s>]*)", content)
            href = target.group(1) if target else ""
            if (
                label is None
                or _IN_PAGE_LINK.fullmatch(content)
                # a web page to read ("[What is DNS?](https://www.cloudflare.com/…)"), not
                # the file of an answer ("https://github.com/…/answers/OOP/….md")
                or (re.match(r"(?i)https?://", href) and not re.search(r"(?i)\.md(?:#|$)", href))
            ):
                continue
            content = label.group(1).replace("\n", " ")
        first = _strip_labels(content.split("\n", 1)[0])[0]
        dashed = _dashed(first, legend)
        if dashed is not None:
            first = dashed[0]  # "Topic: Explain …. – answer" asks
        total += 1
        asked += _kind(first, legend) is not None or (
            # a paragraph wrapped over lines that asks at its end ("5. Una empresa …" /
            # "… ¿Indica este resultado …?")
            "\n" in content.strip()
            and (
                _ends_as_question(" ".join(content.split()))
                # ("… Pruebe la hipótesis de que …": the order inside it)
                or _asks_within(content, legend)
            )
        )
    return asked, total


def _states_a_topic(text: str) -> bool:
    """A one-line item naming a subject and what to say of it ("Full RAG pipeline —
    document ingestion to answer generation.", "Vector similarity — cosine, dot product,
    Euclidean distance."), not a label for what follows or a closing note ("Resources we
    liked.")."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    return (
        "\n" not in text.strip()
        and 3 <= len(words) <= 40
        and re.search(r" [—–-] |\bvs\.?\b|\bversus\b|,|\(", text) is not None
        and not text.rstrip(" *_").endswith(":")
        and not re.match(r"[*_]*[^\W\d_][\w ]{0,20}[*_]*:\s", text)  # "Topic: EM algorithm"
        # "A farmer keeps logs of …. She wants …": a scenario of sentences, not a topic
        and not re.search(
            r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)[.!]\s+[A-Z]", text.strip().rstrip(". ")
        )
    )


_EXAMPLE_LABEL = re.compile(
    r"(?i)^\s*[*_\"“]*\s*(?:examples?|sample)\s+(?:interview\s+)?questions?\s*[*_]*[:：]\s*[*_]*"
)


def _example_questions(lines: Sequence[str], first: int, end: int) -> list[tuple[int, str]]:
    """(line, text) of "Example questions: …" lines inside an item (1-based `first`, the
    item's line; `end`, 0-based end of the item)."""
    found: list[tuple[int, str]] = []
    for number in range(first, min(end, len(lines))):
        label = _EXAMPLE_LABEL.match(lines[number])
        if label is None:
            continue
        asked = lines[number][label.end() :].strip().strip("*_").strip().strip('"“”').strip()
        if asked and _kind(asked) is not None:
            found.append((number + 1, asked))
    return found


_ADVICE_VERB = re.compile(
    r"(?i)^[*_`\s]*(?:ask|identify|understand|know|make|consider|think|address|structure|"
    r"reference|show|practi[cs]e|review|read|focus|avoid|use|keep|stay|prepare|remember|learn|"
    r"study|start|communicate|clarify|be|don't|do not|never|always|try|aim|state|explain|"
    r"discuss|draw|mention|highlight|quantify|relate|connect|tie|walk|propose|suggest|build)\b"
)


def _advice_list(tokens: Sequence[Token], index: int, end: int, legend: dict[str, str]) -> bool:
    """Whether a list is tips rather than questions: three or more short instructions
    ("Ask clarifying questions", "Draw clear diagrams", "Show production awareness"), no
    question mark, no answer under any, most of them verbs of advice; or conditions, every
    item starting "When …" or "If …" with no question mark."""
    items: list[str] = []
    level = tokens[index].level + 1
    for position in range(index, end):
        token = tokens[position]
        if token.type == "list_item_open" and token.level == level:
            inline = next(
                (
                    tokens[at]
                    for at in range(position, end)
                    if tokens[at].type == "inline" and tokens[at].level == level + 2
                ),
                None,
            )
            if inline is None or "\n" in inline.content.strip():
                return False
            if "?" in inline.content or "？" in inline.content:
                return False  # a tip does not ask
            items.append(inline.content.strip())
        elif token.level > level + 2 and token.type.endswith("_open"):
            return False  # something under an item: an answer, not a tip
    if len(items) < 3 or any("?" in x or "？" in x for x in items):
        return False
    if all(re.match(r"(?i)[*_]*(?:when|if|once|unless|as soon as)\b", x) for x in items):
        return True  # "When hit rate passes 70%" / "When we need two servers": conditions
    if any(len(x.split()) > 6 for x in items):
        return False
    return sum(bool(_ADVICE_VERB.match(x)) for x in items) * 3 >= len(items) * 2


def _asks_within(text: str, legend: dict[str, str]) -> bool:
    """Whether a sentence inside a longer item asks ("Roll a die until the sum passes 63.
    What is the chance the last roll was a 6? Make a market on it.")."""
    sentences = re.split(
        r"(?<=[.!?？])\s+(?=[^\W\d_])|(?<=。)\s*(?=[^\W\d_])", " ".join(text.split())
    )
    return (
        len(sentences) > 1
        and any(
            _ends_as_question(sentence)
            or _IMPERATIVE.match(sentence)
            # "… Pruebe la hipótesis de que …", "¿Tendría suficiente evidencia …? 68.7, …"
            or _OTHER_ASKS.match(sentence)
            or "¿" in sentence
            # "…但在 field 中崩溃。列出 5 个最可能的原因…" ("list the five likeliest causes")
            or (sentence[:1] > "\u2e7f" and _kind(sentence) is not None)
            for sentence in sentences[1:]
        )
    )


_EXAM_QUESTIONS = re.compile(
    r"(?i)(?:перечень|список)\s+(?:\w+\s+){0,2}вопросов|"
    r"вопросы\s+(?:\w+\s+)?(?:к|для)\s+(?:\w+\s+)?(?:экзамен|зач[её]т|собеседовани)|"
    r"экзаменационн\w+\s+(?:вопрос|задач)|"
    r"\bexam(?:ination)?\s+(?:review\s+)?questions\b|\bquestions\s+for\s+(?:the\s+)?(?:final\s+)?exam\b|"
    r"考试(?:题|题目|复习题)|复习(?:题|提纲)|思考题"
)
"""A heading naming an exam's list of questions, whose numbered items are each one."""
_FLASH_CARDS = re.compile(
    r"(?i)\bflash\s*-?\s*cards?\b|карточк|闪卡|抽认卡|플래시\s*카드|암기\s*카드"
)
"""A heading naming flash cards ("CISSP Flashcards (50 Key Concepts)")."""


def _item_firsts(tokens: Sequence[Token], index: int, end: int) -> list[tuple[int, str]]:
    """(token index, text) of the first line of each item of the list at `index`."""
    level = tokens[index].level
    return [
        (at, tokens[at + 2].content)
        for at in range(index + 1, end - 2)
        if tokens[at].type == "list_item_open"
        and tokens[at].level == level + 1
        and tokens[at + 2].type == "inline"
    ]


_BOLD_TERM = re.compile(r"\s*(\*\*|__)([^*_\n]{2,80})\1\s*")
"""A line that is one short bold span and nothing else ("**Integrity**")."""


_BOLD_CARD = re.compile(r"\s*(\*\*|__)((?:(?!\1)[^*\n]){2,80})\1\s*[:：]?\s*")
"""A short bold span alone on its line, a colon after it or not ("**Driver vs
Executor:**", "**Differences between RDD and Dataset**:")."""


def _terms_over_definitions(
    tokens: Sequence[Token],
    index: int,
    end: int,
    *,
    term: re.Pattern[str] = _BOLD_TERM,
    last_below: bool = False,
) -> bool:
    """Whether every item of the list at `index` is a bold term alone on its line with
    something under it (a definition); `last_below`: the last item's may stand right
    after the list instead ("10. **Types of joins:**" over "   - `inner`, …", a bullet
    indented too little to be the item's)."""
    level = tokens[index].level
    starts = [
        at
        for at in range(index + 1, end - 2)
        if tokens[at].type == "list_item_open" and tokens[at].level == level + 1
    ]
    firsts = dict(_item_firsts(tokens, index, end))
    for at in starts:
        if at not in firsts or not term.fullmatch(firsts[at]):
            return False
        if not any(t.type == "inline" for t in tokens[at + 4 : _skip(tokens, at)]) and not (
            last_below
            and at == starts[-1]
            and end < len(tokens)
            and tokens[end].type in ("bullet_list_open", "paragraph_open", "fence", "table_open")
        ):
            return False
    return bool(starts)


def _bold_only_items(tokens: Sequence[Token], index: int, end: int, legend: dict[str, str]) -> bool:
    """Whether every item of the list at `index` is one bold span alone on its first line
    (`- **레거시 코드**`), and at least one in ten of them asks."""
    firsts = [first for _, first in _item_firsts(tokens, index, end)]
    spans = [_BOLD_TERM.fullmatch(f) for f in firsts]
    if not firsts or not all(spans):
        return False
    if any(span.group(2).rstrip().endswith((":", "：")) for span in spans if span):
        return False  # "1. **Hypotheses:**": the labelled steps of a worked answer
    asking = sum(_kind(span.group(2), legend) is not None for span in spans if span)
    return asking * 10 >= len(firsts)


def _task_list(tokens: Sequence[Token], index: int, end: int, *, titled: bool = False) -> bool:
    """Whether every item of the list at `index` is a task (`- [ ] …`, `- [x] …`);
    `titled`: and 3 in 4 are problems' titles, in title case ("Best Time to Buy and Sell
    Stock", not "Incident response", a topic)."""
    firsts = [first for _, first in _item_firsts(tokens, index, end)]
    if not firsts or not all(_TASK_BOX.match(first) for first in firsts):
        return False
    if not titled:
        return True
    capitalised = 0
    for first in firsts:
        named = _TRAILING_SHORTCODES.sub("", _TASK_BOX.sub("", first, count=1))
        long_words = re.findall(r"[A-Za-z]{4,}", named)
        capitalised += (
            all(word[0].isupper() for word in long_words)
            if long_words
            else named.strip()[:1].isupper()  # "Pow(x, n)"
        )
    return capitalised * 4 >= len(firsts) * 3


def _names_a_problem(text: str) -> bool:
    """A terse item among questions that names a task to solve ("Edit distance",
    "Merge Intervals", "Move all zeros to the end of an array.", "梯度消失、爆炸"): a
    single line, not a label for what follows, not a note on the list; a task's box
    ("[ ] Two Sum") is not part of it."""
    line = _TASK_BOX.sub("", text.strip(), count=1).strip("*_` ")
    if line.endswith(":"):
        line = _TRAILING_SHORTCODES.sub("", line) or line  # "Sudoku Solver :star:"
    words = re.findall(r"[^\W\d_]+", line)
    return (
        "\n" not in line
        and not re.search(r"(?i)https?:|www\.", line)
        and 1 <= len(words) <= 30
        and len(line) <= 240
        and not line.endswith((":", "："))
        # "Topic: EM algorithm", "**War story**: …": a label and what follows it
        and not re.match(r"[^\W\d_][\w ]{0,20}[:：]\s*\S", re.sub(r"[*_`]", "", line))
        and not re.match(r"(?i)(?:see|more|and|etc|other|misc|resources?|references?|todo)\b", line)
        # "I appreciate the opportunity.", "Thank you for the interview.": said, not asked
        and not re.match(r"(?:I|We|My|Our)\s|I['’](?:m|ve|d|ll)\b|Thank(?:s\b| you\b)", line)
        and (
            line[:1].isupper()
            or not line[:1].isascii()
            or bool(re.match(r"\d[\d/]*\s?[A-Z][a-z]", line))  # "3Sum", "01 Matrix"
        )
    )


def _first_paragraph_end(tokens: Sequence[Token], position: int, item_end: int, line: int) -> int:
    """The 0-based line after the first paragraph of the list item at `position`."""
    first = next(
        (
            t.map
            for t in tokens[position + 1 : item_end]
            # "1. ### What is …?" then its answer: the heading is the item's first block
            if t.type in ("paragraph_open", "heading_open") and t.map is not None
        ),
        None,
    )
    return first[1] if first else line


_BOX_OPTION = re.compile(r"^\s*[-*+]\s+\\?\[\s*([ xX✓✔])?\s*\\?\]\s+(\S.*?)\s*$")
"""An option of a multiple-choice question written as a task ("- [ ] Hadoop clusters",
"- [x] Data safety and privacy", "- \\[x] …" escaped)."""


_LETTERED_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\(?([A-Ha-h])[.)](?:\*\*|__)?\s+\S")
"""An option of a multiple-choice question, lettered ("- A. Supervised learning", "- **a)**
React es …")."""


def _lettered_run(rows: Sequence[str], first: int = 0) -> int:
    """How many of the rows, from the first, are options lettered in order from the
    `first`-th letter (0: "A. …", "B. …", …)."""
    count = 0
    while count < len(rows) and (
        (lettered := _LETTERED_OPTION.match(rows[count])) is not None
        and ord(lettered.group(1).upper()) - ord("A") == first + count
    ):
        count += 1
    return count


def _lettered_options_in(content: str) -> bool:
    """Whether the lines after an item's first hold two or more options lettered in
    order from A ("A. 7.1%", "B. …")."""
    rows = [row for row in content.split("\n")[1:] if row.strip()]
    letters = [m.group(1).upper() for m in (_LETTERED_OPTION.match(r) for r in rows) if m]
    return len(letters) >= 2 and letters[:2] == ["A", "B"]


def _options_follow(lines: Sequence[str], at: int) -> bool:
    """Whether two or more options written as tasks follow line `at` (0-based; blank
    lines between them allowed): the line above them asks, even when it ends with ":"
    ("Machine Learning é um subcampo da IA que:")."""
    count = 0
    for line in lines[at : at + 24]:
        if not line.strip():
            continue
        if not _BOX_OPTION.match(line):
            break
        count += 1
    return count >= 2


def _box_options(item: Found, body: str, *, choices: bool = False) -> str:
    """The answer once the options right under the question are part of the question:
    written as tasks, the ticked ones answer it (none ticked: no answer); lettered
    ("- A. Supervised learning", "B) …"), the answer is what follows them."""
    chunks = _chunks(body)
    options: list[str] = []
    ticked: list[str] = []
    taken = 0
    for chunk in chunks:
        rows = [row for row in chunk.split("\n") if row.strip()]
        boxes = [_BOX_OPTION.match(row) for row in rows]
        if rows and all(boxes):
            options.extend(f"- {box.group(2)}" for box in boxes if box is not None)
            ticked.extend(
                f"- {b.group(2)}" for b in boxes if b is not None and (b.group(1) or "").strip()
            )
        elif (
            not options
            and 2 <= len(rows) <= 8
            and all(re.match(r"[-*+]\s+\S", row.strip()) and len(row) <= 160 for row in rows)
            # (not "- **JobManager**：作业管理器": terms explained, an answer)
            and not any(re.search(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*[:：]", row) for row in rows)
            and (
                choices
                or _PICK_AMONG.search(item.text)
                or _yes_no_pair(re.sub(r"^[-*+]\s+", "", r.strip()) for r in rows)
            )
        ):
            # "- Aşağıdakilerden hangisi …?" (which of these) over plain bullets, or a
            # statement over "- Evet" / "- Hayır": its choices, unlettered
            plain = [re.sub(r"^[-*+]\s+", "", row.strip()) for row in rows]
            options.extend("- " + row for row in plain)
            ticked.extend(
                "- " + _unmarked(row)
                for row, raw in zip(plain, rows, strict=True)
                if _MARKED_CHOICE.match(raw.strip())
            )
        elif rows and _lettered_run(rows, len(options)) == len(rows):
            # "- **a)** React es …": the option as "- a) React es …"
            options.extend(
                "- "
                + re.sub(
                    r"^(\*\*|__)(\(?[A-Ha-h][.)])\1", r"\2", re.sub(r"^[-*+]\s+", "", row.strip())
                )
                for row in rows
            )
        else:
            break
        taken += 1
    if len(options) < 2:
        return body
    item.text = item.text.rstrip() + "\n\n" + "\n".join(options)
    rest = "\n\n".join(part for part in ("\n".join(ticked), *chunks[taken:]) if part.strip())
    return tidy_answer(rest)


_NAMED_LABEL = re.compile(
    r"(?i)\s*(?:question|q|soru|frage|domanda|vraag|pytanie|pregunta|pergunta|quest[aã]o|"
    r"вопрос|питання|soal|السؤال|سؤال)\s*\d*\s*[:：]\s*[^\W_]"
)
"""A question's label with its text after it ("Frage: Definition Projekt")."""


def _labelled_question_row(content: str, legend: dict[str, str]) -> int | None:
    """The row of a paragraph that opens with a question's label and asks ("Q: What is
    …?"): its first, or one of the next three under lines that set the scene."""
    rows = content.split("\n")
    if len(rows) >= 2 and _NAMED_LABEL.match(_normal(rows[0])) and _ANSWER_LABEL.match(rows[1]):
        return 0  # "Frage: Definition Projekt" right over "Antwort:": short, still asked
    for at, row in enumerate(rows[:4]):
        if _QUESTION_START.match(_normal(row)) and _looks_like_question(row, legend):
            scene = " ".join(rows[:at])
            if (
                at == 0
                or (
                    re.match(r"(?i)\s*(?:q|question)\s*[:.]\s*\S", _normal(row))
                    # prose, not "[Modelling] Difficulty: Easy" (read with the question)
                    and len(scene.split()) >= 8
                    and not any(_LEVEL_ONLY.fullmatch(_normal(x)) for x in rows[:at])
                )
            ):
                return at
            return None
    return None


_ENDS_ASKING = re.compile(
    r"(?:[?？]|주세요|하세요|나요|까요|ください|ですか|吗|呢)[\s.。)）]*(?:\([^)]*\)\s*)?$"
)
"""A line that ends by asking (a question mark, a polite request)."""


_BARE_LABEL_ROW = re.compile(
    r"(?i)\s*(?:\*\*|__)?\s*(?:(?:coding|practice|bonus|sample|design|sql|logic|programming)\s+)?"
    r"(?:question|q|task|problem|exercise|вопрос|задача|задание|pregunta|pergunta|quest[aã]o|"
    r"frage|aufgabe|domanda|soru|vraag|pytanie|问题|题目|câu(?:\s+hỏi)?)\s*№?\s*#?\s*\d{1,4}"
    r"\s*[.:)\-–—：]?\s*(?:\*\*|__)?\s*"
)
"""A row that is only a question's label and number ("Вопрос 1.", "Question 12:")."""


def _stated_under_label(content: str, legend: dict[str, str]) -> tuple[int, str] | None:
    """(its row, the question) of a paragraph row that is only a question's label and
    number ("Вопрос 1." over "Существует структура … Какая команда …?"; the label numbers
    it, so a statement that leads into a list under it is its start too); else None."""
    rows = content.split("\n")
    at = next(
        (n for n, row in enumerate(rows[:-1]) if _BARE_LABEL_ROW.fullmatch(_normal(row))), None
    )
    if at is None:
        return None
    stated = " ".join(row.strip() for row in rows[at + 1 :] if row.strip())
    if len(re.findall(r"[^\W\d_]{2,}", stated)) < 3:
        return None
    return at, stated


def _later_labelled_row(content: str, legend: dict[str, str]) -> int | None:
    """The row, past the first, of a paragraph where "Question: …" (or "Q: …") starts
    and asks."""
    rows = content.split("\n")
    for at in range(1, len(rows)):
        if re.match(r"(?i)\s*(?:q|question)\s*\d*\s*[:.]\s*\S", _normal(rows[at])) and (
            _looks_like_question(rows[at], legend)
        ):
            return at
    return None


_FIND_BELOW = re.compile(
    r"(?i)\b(?:find|compute|calculate|determine|evaluate|state|give)\s+(?:the\s+)?"
    r"(?:following|probabilit\w*|values?|answers?)\b[^.!?\n]{0,40}?\b(?:below|following)\b|"
    r"\b(?:find|compute|calculate|determine)\s+the\s+(?:probability|probabilities)\s+that\b"
)
"""A scenario that sets the parts under it as tasks ("Find the probabilities below.")."""
_LETTERED = re.compile(
    # ("a. Find $P(A^c)$." as well as "(a)" and "a)")
    r"^[ \t]{0,3}(?:\*\*|__)?(?:\(?([a-h])\)|([a-h])\.)(?:\*\*|__)?[ \t]+(?=\S)"
)
"""A lettered part of an exercise ("(a) Which answer …?", "b) Predict …")."""


def _part_asked_at(lines: Sequence[str], at: int, last: int) -> int:
    """Where a lettered part asks: its own line, or, when that line only titles it in
    bold ("**a) Deklaration (1 Punkt)**"), the paragraph under it (0-based)."""
    title = _LETTERED.sub("", lines[at], count=1).strip()
    if not re.fullmatch(r"(?:\*\*|__)?[^*_\n?]{1,60}(?:\*\*|__)", title):
        return at
    below = at + 1
    while below < last and not lines[below].strip():
        below += 1
    return below if below < last and below > at + 1 else at


def _lettered_parts(
    lines: Sequence[str], start: int, stop: int, *, bare: bool = False
) -> tuple[str, list[tuple[int, int]]] | None:
    """The scenario, then the 0-based line spans of parts (a), (b), … under it, each
    starting a paragraph, lettered in order from "a"; None unless there are two (or with
    no scenario above them, unless `bare`)."""
    starts: list[int] = []
    fence = False
    for at in range(start, stop):
        line = lines[at]
        if re.match(r"^[ \t]*(?:```|~~~)", line):
            fence = not fence
            continue
        lettered = None if fence else _LETTERED.match(line)
        if lettered is None or (at > start and lines[at - 1].strip()):
            continue
        if ord(lettered.group(1) or lettered.group(2)) - ord("a") == len(starts):
            starts.append(at)
    scene = " ".join(x.strip() for x in lines[start : starts[0]] if x.strip()) if starts else ""
    if len(starts) < 2 or (not scene and not bare):
        return None
    return scene, [
        (first, starts[n + 1] if n + 1 < len(starts) else stop) for n, first in enumerate(starts)
    ]


_SQL_STATEMENT = re.compile(
    r"(?:SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\s[^\n]*(?:\n[^\n]*)*?"
    r"(?:\bFROM\b|\bINTO\b|\bSET\b|\bTABLE\b|;\s*$)"
)
"""A query pasted as a paragraph ("SELECT first_name …\nFROM employees;"): code, which
answers a task, not more of it (in capitals: "Select the rows …" is the task)."""


def _asks(chunk: str) -> bool:
    """A paragraph that asks: ends with "?", or its first or last line is an instruction."""
    if _ends_as_question(chunk):
        return True
    if _SQL_STATEMENT.match(chunk.strip()):
        return False
    rows = [re.sub(r"^[*_`\s]+", "", x) for x in chunk.strip().splitlines() if x.strip()]
    return bool(rows) and any(
        _IMPERATIVE.match(row) or _OTHER_ASKS.match(row) for row in {rows[0], rows[-1]}
    )


def _asks_inside(tokens: Sequence[Token], index: int, legend: dict[str, str]) -> bool:
    """Whether a list holds a question at any depth (one linear pass, so deep nesting
    stays cheap)."""
    for token in tokens[index : _skip(tokens, index)]:
        if token.type != "inline" or _LINK_ONLY.fullmatch(token.content):
            continue
        lines = token.content.splitlines()
        if lines and _kind(lines[0], legend) is not None:
            return True
        if any(
            (_NUMBERED_LINE.match(x) or _BULLET_LINE.match(x))
            and _kind(re.sub(r"^\s*(?:\d+[.)]|[-*+])\s+", "", x), legend)
            for x in lines[1:]
        ):
            return True
    return False


def _folded_positions(
    head: list[str], folded: list[list[str]], line: int
) -> list[tuple[int, list[str]]]:
    at = line + len(head)
    positions = []
    for chunk in folded:
        positions.append((at, chunk))
        at += len(chunk)
    return positions


def _dedent(text: str) -> str:
    text = text.expandtabs(4)
    widths = [len(x) - len(x.lstrip()) for x in text.splitlines() if x.strip()]
    cut = min(widths) if widths else 0
    return "\n".join(x[cut:] for x in text.splitlines())


def license_of(document: str, license_file: str | None = None) -> str | None:
    """The license a list is under: named by the LICENSE file beside it, else a
    copyright line in the document itself."""
    if license_file:
        head = license_file.strip()[:3000]
        for pattern, name in _LICENSES:
            if re.search(pattern, head, re.IGNORECASE):
                return name
        first = next((x.strip() for x in head.splitlines() if x.strip()), "")
        if first:
            return first[:200]
    match = _COPYRIGHT.search(_normal(document))
    if match:
        return re.sub(r"\s+", " ", match.group(0)).strip(" .*_")[:200]
    return None


_LICENSES = [
    (r"\bMIT License\b|Permission is hereby granted, free of charge", "MIT"),
    (r"Apache License,?\s+Version 2\.0", "Apache-2.0"),
    (r"Attribution-ShareAlike 4\.0|CC BY-SA 4\.0", "CC-BY-SA-4.0"),
    (r"Attribution-NonCommercial-ShareAlike 4\.0", "CC-BY-NC-SA-4.0"),
    (r"Attribution-NonCommercial 4\.0", "CC-BY-NC-4.0"),
    (r"Attribution 4\.0 International|CC BY 4\.0", "CC-BY-4.0"),
    (r"CC0 1\.0|Creative Commons Zero", "CC0-1.0"),
    (r"GNU GENERAL PUBLIC LICENSE\s+Version 3", "GPL-3.0"),
    (r"GNU GENERAL PUBLIC LICENSE\s+Version 2", "GPL-2.0"),
    (r"BSD 3-Clause|Redistribution and use in source and binary forms", "BSD-3-Clause"),
    (r"This is free and unencumbered software", "Unlicense"),
    (r"Mozilla Public License,?\s+v(?:ersion)?\.?\s*2\.0", "MPL-2.0"),
]


# -- writing ---------------------------------------------------------------------------


def repository_root(document: Path) -> Path | None:
    """The work tree (a folder holding `.git`) the document lies in, if any; the home
    folder is not one (a dotfiles repository there would name every download after you)."""
    folder = document.resolve().parent
    try:
        home: Path | None = Path.home().resolve()
    except (OSError, RuntimeError):
        home = None
    for candidate in (folder, *folder.parents):
        if candidate == home or candidate.parent == candidate:
            return None
        try:
            if (candidate / ".git").exists():
                return candidate
        except OSError:
            return None
    return None


def default_sources(document: Path) -> tuple[str, str]:
    """(source, earlier): the default `--source` of a document, and the default an
    importer before this one gave it (its folder and file name).

    In a repository the source is the repository's folder and the path inside it
    (`ml-list/docs/interview/questions.md`), so two lists that both keep
    `interview/questions.md` never share one; elsewhere (and at a repository's top) it
    is the document's folder and file name, as before."""
    resolved = document.resolve()
    parent = resolved.parent
    earlier = f"{parent.name}/{resolved.name}" if parent.name else resolved.name
    root = repository_root(resolved)
    if root is not None and root.name and root != parent:
        return f"{root.name}/{resolved.relative_to(root).as_posix()}", earlier
    return earlier, earlier


def sources_in(out: Path) -> dict[str, str | None]:
    """The source of each question file in `out` (relative path to `source:`)."""
    if not out.is_dir():
        return {}
    return {
        path.relative_to(out).as_posix(): _source_of(_read_head(path)) for path in out.rglob("*.md")
    }


def shared_questions(planned: Sequence[Planned], files: set[str], source: str) -> int:
    """How many of the `planned` questions (planned with `source`) are among `files`,
    the files an import from `source` wrote: at their own name, or beside another's."""
    key = source_key(source)
    return sum(
        1
        for item in planned
        if item.relative_path in files or f"{item.relative_path[:-3]}-{key}.md" in files
    )


def is_earlier_import(planned: Sequence[Planned], files: set[str], source: str) -> bool:
    """Whether `files`, written by an import from `source`, are an earlier import of the
    list `planned` (every question of a document) comes from: three in four of the files
    ask a question of the document (a list that grew, or of which a few were picked), or
    three in four of the document's questions have a file (a list that shrank). Two lists
    that share a name by chance share few questions, though a long list can hold half a
    short one's common ones."""
    if not files or not planned:
        return False
    shared = shared_questions(planned, files, source)
    return 4 * shared >= 3 * len(files) or 4 * shared >= 3 * len(planned)


def source_key(source: str) -> str:
    """Six hex digits that tell one source from another in ids."""
    return hashlib.sha1(source.strip().encode("utf-8")).hexdigest()[:6]


def question_title(text: str) -> str:
    """A title: the question itself, or its first sentence when long."""
    text = re.sub(r"(?i)<br\s*/?>", " ", text).strip()
    if len(text) <= 100:
        return text
    sentence = re.split(r"(?<=[.?!])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= 120 else text[:117].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Planned:
    """A question file to write."""

    relative_path: str
    question_id: str
    text: str
    found: Found
    category: str


def plan_files(
    questions: Sequence[Found],
    *,
    source: str,
    license: str | None,
    category: str | None,
    document: str = "",
    title: str = "",
) -> list[Planned]:
    """One question file per question: path, id and Markdown.

    The category is `category` when given; otherwise the innermost heading above the
    question that points to one of ours, else the document (`document`: its title and
    file name), else ``general``. The document's `title` is not a tag: every question
    of the document would carry it.
    """
    key = source_key(source)
    planned = []
    used: set[str] = set()
    whole = category_hint(document) if document else None
    for item in questions:
        named = next((c for c in (category_hint(s) for s in reversed(item.sections)) if c), None)
        chosen = category or named or whole or _asked_category(item.text) or "general"
        first_line = re.sub(r"<[^>]+>", " ", item.text.split("\n", 1)[0])
        # "like [TinyURL](https://tinyurl.com/)": a link's words, not its address
        slug = slugify(re.sub(r"\[([^\[\]]+)\]\([^()\s]*\)", r"\1", first_line))
        path = f"{chosen}/{slug}.md"
        counter = 2
        while path in used:
            path = f"{chosen}/{slug}-{counter}.md"
            counter += 1
        used.add(path)
        question_id = f"{chosen}/{path.rsplit('/', 1)[1][:-3]}-{key}"
        tags = [slugify(t, max_length=40) for t in [*item.sections, *item.topics]]
        tags = [
            t
            for t in dict.fromkeys(tags)
            if t
            and t not in _STOP_TAGS
            and t != slugify(title, max_length=40)
            and _category_of(t.replace("-", " ")) is None
        ]
        planned.append(
            Planned(
                path,
                question_id,
                _file_text(item, question_id, chosen, tags, source, license),
                item,
                chosen,
            )
        )
    return planned


def _demoted(text: str) -> str:
    """A section's text with its own headings moved below the file's sections ("## 1.1
    Definition" in an answer would end the Answer section): the shallowest becomes level
    3, the rest keep their depth below it (at most 6); code blocks are left alone."""
    rows = text.split("\n")
    fence = ""
    levels: list[tuple[int, int]] = []  # (row, level)
    for at, row in enumerate(rows):
        marker = re.match(r"^\s{0,3}(`{3,}|~{3,})", row)
        if marker:
            if not fence:
                fence = marker.group(1)[0] * 3
            elif row.strip().startswith(fence):
                fence = ""
            continue
        heading = None if fence else re.match(r"^(#{1,6})(?=[ \t]|$)", row)
        if heading:
            levels.append((at, len(heading.group(1))))
    if not levels:
        return text
    shift = max(0, 3 - min(level for _, level in levels))
    if not shift:
        return text
    for at, level in levels:
        rows[at] = "#" * min(6, level + shift) + rows[at][level:]
    return "\n".join(rows)


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _file_text(
    item: Found, question_id: str, category: str, tags: list[str], source: str, license: str | None
) -> str:
    front = [
        "---",
        f"id: {question_id}",
        f"category: {category}",
    ]
    if tags:
        front.append("tags: [" + ", ".join(tags[:6]) + "]")
    if item.difficulty:
        front.append(f"difficulty: {item.difficulty}")
    front.append(f"source: {_yaml_string(source)}")
    if license:
        front.append(f"license: {_yaml_string(license)}")
    front.append("---")
    title = question_title(item.text.split("\n", 1)[0])
    parts = ["\n".join(front), f"# {title}", f"## Question\n\n{_demoted(item.prompt)}"]
    if not item.missing_answer:
        parts.append(f"## Answer\n\n{_demoted(item.answer.strip())}")
    if item.rubric:
        parts.append("## Rubric\n\n" + "\n".join(f"- {_one_line(r)}" for r in item.rubric))
    if item.hints:
        parts.append("## Hints\n\n" + "\n".join(f"- {h}" for h in item.hints))
    if item.follow_ups:
        parts.append("## Follow-ups\n\n" + "\n".join(f"- {_one_line(f)}" for f in item.follow_ups))
    note = (
        f"Imported from {source} (line {item.line}, {item.layout} layout) by interview import-md."
    )
    if item.source_note:
        note += f" The list cites {item.source_note} for this question."
    if item.missing_answer:
        note += " The source gives no answer for this question."
    if item.pitfalls:
        note += "\n\nCommon pitfalls, as the source lists them:\n\n" + "\n".join(
            f"- {_one_line(p)}" for p in item.pitfalls
        )
    parts.append(f"## Notes\n\n{note}")
    return "\n\n".join(parts) + "\n"


@dataclass
class Written:
    """What writing the files did."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    """(path, why) of files left alone: they exist and did not come from this source."""
    stale: list[str] = field(default_factory=list)
    """Files an earlier import of this source wrote that this one did not: a question the
    list dropped or rewrote (or that an older importer read differently). Never deleted:
    the user may have edited them, and their reviews are theirs."""


_SOURCE_LINE = re.compile(r"^source:\s*(.+?)\s*$", re.MULTILINE)


def _source_of(text: str) -> str | None:
    front = text.split("\n---", 1)[0] if text.startswith("---") else ""
    match = _SOURCE_LINE.search(front)
    if not match:
        return None
    value = match.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def _read_or_empty(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def write_files(
    planned: Sequence[Planned],
    out: Path,
    *,
    source: str,
    dry_run: bool = False,
    held: Mapping[str, str | None] | None = None,
) -> Written:
    """Write (or, with `dry_run`, only decide) each file; a file that exists is replaced
    only when it came from the same source. Each file is written whole or not at all;
    an `OSError` (a full disk) stops the writing, the files before it complete. `held`
    is `sources_in(out)` when the caller has read it already."""
    result = Written()
    for item in planned:
        target = out / item.relative_path
        relative = item.relative_path
        if target.exists() and _source_of(_read_or_empty(target)) != source:
            # the same question from another list (or a file of yours) holds the name:
            # this list's copy goes beside it, named with its source's key
            relative = f"{relative[:-3]}-{source_key(source)}.md"
            target = out / relative
        if target.exists():
            try:
                existing = target.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                result.kept.append((relative, "cannot be read"))
                continue
            if _source_of(existing) != source:
                result.kept.append((relative, "exists and did not come from this source"))
                continue
            if existing == item.text:
                result.unchanged.append(relative)
                continue
            result.updated.append(relative)
        else:
            result.new.append(relative)
        if not dry_run:
            target.parent.mkdir(parents=True, exist_ok=True)
            # whole or not at all: a write cut short (kill, full disk) never leaves half a
            # question file, which the next import would take for someone else's
            partial = target.with_name(target.name + ".partial")
            try:
                partial.write_text(item.text, encoding="utf-8")
                os.replace(partial, target)
            finally:
                partial.unlink(missing_ok=True)
    written = {*result.new, *result.updated, *result.unchanged}
    held = sources_in(out) if held is None else held
    result.stale = sorted(
        name for name, said in held.items() if said == source and name not in written
    )
    return result


def _read_head(path: Path) -> str:
    """The first few kilobytes of a file (its front matter), or "" when unreadable."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(4096)
    except OSError:
        return ""
