import type { LibraryChallenge } from './challenges.js';

/**
 * The version of the built-in library this app ships.
 *
 * Versioning rule: ids are permanent and never reused. A later app version only appends
 * challenges with a higher `since` (and bumps this number); it never removes one. Wording
 * may be corrected, but a challenge's meaning, category and difficulty never change,
 * because the user's ladders, plans and attempts refer to it by id (attempts also keep
 * their own copy of title, category and difficulty).
 */
export const libraryVersion = 1;

/**
 * The built-in challenges, each obeying rule 2 of domain.md. Listed easiest first within
 * version 1, but appended entries go at the end, so screens sort by difficulty themselves.
 */
export const challengeLibrary: readonly LibraryChallenge[] = [
  // Difficulty 1: trivial requests where a no barely registers.
  {
    id: 'lib.ask-for-an-off-menu-flavour',
    title: 'Ask a café whether they have a flavour that is not on the menu',
    description:
      'When you order, ask whether they could do a flavour or syrup you cannot see listed. A no costs you nothing and the order carries on as normal.',
    category: 'food_and_shops',
    difficulty: 1,
    boundaryNotes:
      'Ask once while ordering and take whatever answer comes; do not send the barista hunting in the back while a queue is waiting.',
    since: 1,
  },
  {
    id: 'lib.ask-the-time',
    title: 'Ask someone at a bus stop what time it is',
    description:
      'Ask a person waiting near you for the time, even though you could check your phone. It is about the smallest request there is, and a good first taste of speaking up.',
    category: 'strangers',
    difficulty: 1,
    boundaryNotes:
      'Pick someone who is not on a call or in a hurry. If they do not answer or do not know, say thanks and leave it there.',
    since: 1,
  },
  {
    id: 'lib.borrow-a-pen',
    title: 'Ask a colleague or classmate to lend you a pen',
    description:
      'Ask to borrow a pen or a sheet of paper for a few minutes. It practises asking for help somewhere you will see the same people again.',
    category: 'work_and_study',
    difficulty: 1,
    boundaryNotes:
      'Give it back promptly, and if they need it themselves, say that is fine rather than asking the next person along.',
    since: 1,
  },
  {
    id: 'lib.ask-a-friend-for-a-song',
    title: 'Ask a friend to send you a song they think you would like',
    description:
      'Message a friend and ask for one song recommendation. Friends may be busy or forget, which is a gentle kind of no to practise with.',
    category: 'social',
    difficulty: 1,
    boundaryNotes: 'Ask once; if they do not reply, let it go rather than chasing them.',
    since: 1,
  },
  {
    id: 'lib.ask-to-change-a-note',
    title: 'Ask a shop to change a note into coins',
    description:
      'At a quiet till, ask whether they could give you coins for a note without you buying anything. Many shops say no to protect their float, and that is fine.',
    category: 'money',
    difficulty: 1,
    boundaryNotes:
      'Choose a moment with no queue and accept a no straight away; the cashier may simply not be allowed to open the till.',
    since: 1,
  },
  {
    id: 'lib.ask-an-author-a-question',
    title: 'Ask the author of a post a genuine question in the comments',
    description:
      'Under a blog post, video or forum thread you enjoyed, ask the author one honest question. They may never answer, which is the mildest no there is.',
    category: 'online',
    difficulty: 1,
    boundaryNotes:
      'Keep it polite and on topic, post it once, and do not tag or message them elsewhere to get a reply.',
    since: 1,
  },
  {
    id: 'lib.ask-for-directions',
    title: 'Ask a passer-by for directions to a nearby landmark',
    description:
      'Stop someone walking at an easy pace and ask the way to a library, station or park. Most people like helping, and those who cannot will say so.',
    category: 'public_places',
    difficulty: 1,
    boundaryNotes:
      'Ask in daylight on a busy street, keep a comfortable distance, and let anyone who shakes their head walk on.',
    since: 1,
  },
  {
    id: 'lib.ask-for-scrap-paper',
    title: 'Ask at a library or reception desk for a scrap of paper',
    description:
      'Ask the person at the desk whether they have a sheet of scrap paper you could have. It is a tiny request to someone whose job is to help.',
    category: 'services',
    difficulty: 1,
    boundaryNotes:
      'Wait until they are free, and if they have none to spare, thank them and move on.',
    since: 1,
  },

  // Difficulty 2: still easy, with a slightly more real chance of no.
  {
    id: 'lib.ask-for-a-taste',
    title: 'Ask a bakery or deli whether you can taste something before buying',
    description:
      'Point at something you are curious about and ask whether you could try a small piece first. Some shops offer tasters and many do not, so either answer is ordinary.',
    category: 'food_and_shops',
    difficulty: 2,
    boundaryNotes:
      'Ask once, buy or leave politely whatever they say, and do not try the next person behind the counter instead.',
    since: 1,
  },
  {
    id: 'lib.ask-where-to-eat',
    title: 'Ask a passer-by to recommend somewhere good to eat nearby',
    description:
      'Ask someone who looks local where they would go for lunch around here. They may shrug or say they do not know, and you will have asked anyway.',
    category: 'strangers',
    difficulty: 2,
    boundaryNotes:
      'Pick someone standing or strolling rather than rushing, and thank them whatever they say.',
    since: 1,
  },
  {
    id: 'lib.ask-to-be-shown-a-trick',
    title: 'Ask a colleague or classmate to show you a trick they use',
    description:
      'Ask someone to show you a keyboard shortcut, a study method or a tool they seem to use well. It shows interest and invites either a yes or a not-right-now.',
    category: 'work_and_study',
    difficulty: 2,
    boundaryNotes:
      'Ask when they are not in the middle of something; "not now" is a full answer, so do not bring it up again that day.',
    since: 1,
  },
  {
    id: 'lib.borrow-a-book',
    title: 'Ask a friend to lend you a book they have just finished',
    description:
      'Ask a friend whether you could borrow a book, game or album they enjoyed. People are sometimes attached to their things, so no is a fair answer.',
    category: 'social',
    difficulty: 2,
    boundaryNotes:
      'Accept at once if they would rather keep it, and return anything you borrow in the state you got it.',
    since: 1,
  },
  {
    id: 'lib.ask-about-a-discount',
    title: 'Ask at a till whether there is any discount today',
    description:
      'Before paying, ask simply whether there are any offers or discounts you could have. The answer is usually no, which is exactly the practice.',
    category: 'money',
    difficulty: 2,
    boundaryNotes:
      'Ask once and pay the full price cheerfully if there is nothing; never claim a discount you do not qualify for.',
    since: 1,
  },
  {
    id: 'lib.ask-a-web-chat-for-a-code',
    title: "Ask a shop's online chat for a discount code",
    description:
      "Open the chat on a shop's website and ask whether they have a code for a first order. Typing the question is easier than saying it aloud, which makes it a good early step.",
    category: 'online',
    difficulty: 2,
    boundaryNotes:
      'Be friendly to whoever answers, and close the chat politely if the answer is no.',
    since: 1,
  },
  {
    id: 'lib.ask-to-share-a-table',
    title: 'Ask whether you can sit at the free end of a busy table',
    description:
      'In a crowded food court or station café, ask someone at a table with room whether you may sit at the other end. They may prefer their space, and you can find another seat.',
    category: 'public_places',
    difficulty: 2,
    boundaryNotes:
      'Ask only where sharing tables is usual, keep to the far end, and if they hesitate, say "no problem" and go elsewhere.',
    since: 1,
  },
  {
    id: 'lib.ask-a-hotel-for-a-map',
    title: 'Ask a hotel reception for a town map when you are not a guest',
    description:
      'Walk into a hotel lobby and ask whether you could have one of their local maps or leaflets. They are meant for guests, so a polite no is quite possible.',
    category: 'services',
    difficulty: 2,
    boundaryNotes:
      'Say honestly that you are not staying there, go when reception is quiet, and leave at once if they only serve guests.',
    since: 1,
  },

  // Difficulty 3: small requests the rules or the other person will probably refuse.
  {
    id: 'lib.ask-for-a-top-up',
    title: 'Ask for a top-up of a drink that does not come with refills',
    description:
      'When your cup is empty, ask whether they could top it up for free. The menu already says no, so you are practising asking anyway.',
    category: 'food_and_shops',
    difficulty: 3,
    boundaryNotes:
      'Ask once, buy another drink if you want one, and never argue that other places would do it.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-mint',
    title: 'Ask someone nearby whether they could spare a mint',
    description:
      'Ask a person waiting near you whether they happen to have a mint or a piece of gum to spare. It is a small, slightly odd request, which makes the no easy to hear.',
    category: 'strangers',
    difficulty: 3,
    boundaryNotes:
      'Choose somewhere busy rather than approaching someone alone in a quiet spot; if they say no or look unsure, thank them and step away.',
    since: 1,
  },
  {
    id: 'lib.borrow-a-charger',
    title: 'Ask a colleague or classmate to lend you their charger for an hour',
    description:
      'Ask whether you could borrow their laptop or phone charger for a while. They may need it or not like lending things, and both are fair.',
    category: 'work_and_study',
    difficulty: 3,
    boundaryNotes:
      'Accept a no without justifying why you need it, and if they lend it, return it before you said you would.',
    since: 1,
  },
  {
    id: 'lib.ask-for-company-on-an-errand',
    title: 'Ask a friend to keep you company on a dull errand',
    description:
      'Invite a friend to come with you to the post office, the tip or the supermarket. It is an unglamorous request, so a no is likely and harmless.',
    category: 'social',
    difficulty: 3,
    boundaryNotes:
      'Make it easy to decline ("only if you fancy it"), and do not make them feel guilty if they are busy.',
    since: 1,
  },
  {
    id: 'lib.haggle-at-a-market',
    title: 'Ask a market trader whether they would take a little less',
    description:
      'At a market or car-boot sale, offer slightly under the asking price for something you would buy anyway. Haggling is expected there, so a no is part of the game.',
    category: 'money',
    difficulty: 3,
    boundaryNotes:
      'Offer a fair amount, not an insulting one, and pay the asking price or walk away kindly if they say no.',
    since: 1,
  },
  {
    id: 'lib.ask-in-a-new-group',
    title: 'Ask a question in an online group you have only ever read',
    description:
      'Post a real question in a forum or community you have been quietly following. Silence or a curt reply is a kind of no, and you get to see that it is survivable.',
    category: 'online',
    difficulty: 3,
    boundaryNotes:
      "Read the group's rules first, post once, and do not bump the thread if nobody answers.",
    since: 1,
  },
  {
    id: 'lib.ask-a-busker-for-a-song',
    title: 'Ask a busker whether they could play a song you like',
    description:
      'Wait for a pause and ask a street musician whether they know a particular song. They may not, or may not take requests, and that is their call.',
    category: 'public_places',
    difficulty: 3,
    boundaryNotes:
      'Ask once between songs, leave a coin if you can, and enjoy whatever they play next.',
    since: 1,
  },
  {
    id: 'lib.ask-to-move-seats',
    title: 'Ask an usher whether you could move to a better empty seat',
    description:
      'At a cinema, theatre or match where good seats are empty, ask the staff whether you may move into one. They may have rules about it, so no is a normal answer.',
    category: 'services',
    difficulty: 3,
    boundaryNotes:
      'Ask the staff rather than just moving, and stay in your own seat without fuss if they say no.',
    since: 1,
  },

  // Difficulty 4: requests that take a little nerve or some of the other person's time.
  {
    id: 'lib.ask-for-a-half-portion',
    title: 'Ask a restaurant for a half portion at a lower price',
    description:
      'Ask whether the kitchen could make a smaller version of a main course for less. Kitchens often say no, and the request is perfectly reasonable.',
    category: 'food_and_shops',
    difficulty: 4,
    boundaryNotes:
      'Ask the server once, order from the menu if the answer is no, and do not ask them to go back and check with the chef.',
    since: 1,
  },
  {
    id: 'lib.compliment-a-strangers-choice',
    title: 'Tell a stranger you like something they chose',
    description:
      'Tell someone briefly that you like their umbrella, their bag or the book they are reading, then carry on. They might look puzzled, and that small social risk is the practice.',
    category: 'strangers',
    difficulty: 4,
    boundaryNotes:
      'Keep it about an object or a choice, never their body or looks; say it once in passing and do not linger or start a conversation they have not invited.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-read-through',
    title: 'Ask a colleague or classmate to read over something you wrote',
    description:
      'Ask someone to glance at an email, essay or slide and tell you one thing to improve. It asks for their time, which they may not have.',
    category: 'work_and_study',
    difficulty: 4,
    boundaryNotes:
      'Keep it short, offer to return the favour, and take "I\'m swamped" as a full answer.',
    since: 1,
  },
  {
    id: 'lib.suggest-a-different-plan',
    title: 'Suggest a different plan when your friends have already decided',
    description:
      'When the group has picked a place to eat or something to do, suggest the option you would prefer. They may well stick with the first plan, and you will have spoken up.',
    category: 'social',
    difficulty: 4,
    boundaryNotes:
      'Make the suggestion once, go along happily if the group keeps the original plan, and do not sulk about it.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-price-match',
    title: 'Ask a shop to match a lower price you have seen elsewhere',
    description:
      'Show the assistant a cheaper price for the same item at another shop and ask whether they would match it. Some shops have a policy for this and many do not.',
    category: 'money',
    difficulty: 4,
    boundaryNotes:
      'Only quote real prices, ask the assistant rather than insisting on a manager, and accept that they may not be allowed to.',
    since: 1,
  },
  {
    id: 'lib.message-a-maker',
    title: 'Send a short question to a writer or maker whose work you enjoy',
    description:
      'Write to someone whose work you admire with one specific question about it. Busy people often do not reply, which is a gentle no to practise with.',
    category: 'online',
    difficulty: 4,
    boundaryNotes:
      'Keep it brief and friendly, send it once through a public contact route, and do not look for their private accounts.',
    since: 1,
  },
  {
    id: 'lib.play-rock-paper-scissors',
    title: 'Ask someone waiting near you to play one round of rock-paper-scissors',
    description:
      'On a platform or in a queue, ask someone else who is waiting whether they would play a single round for fun. It is playful and unexpected, so expect a few puzzled refusals.',
    category: 'public_places',
    difficulty: 4,
    boundaryNotes:
      'Ask adults only, keep a comfortable distance, and drop it the moment they seem unsure.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-free-trial',
    title: 'Ask a gym or class for a free trial session',
    description:
      'Ask at the desk of a gym, climbing wall or dance school whether you could try one session for free. Some say yes and some have a fixed price, and you learn that asking is allowed.',
    category: 'services',
    difficulty: 4,
    boundaryNotes:
      'Be clear you are deciding whether to join, ask once, and accept their price if they do not offer trials.',
    since: 1,
  },

  // Difficulty 5: the middle of the ladder, where a no is the likely answer.
  {
    id: 'lib.ask-for-a-drink-on-the-house',
    title: 'Ask a café for a hot drink on the house',
    description:
      'Without ordering, ask with a smile whether you could have a tea or coffee for free. You are almost certain to hear no, which is the point.',
    category: 'food_and_shops',
    difficulty: 5,
    boundaryNotes:
      'Ask at a quiet moment and make it plain they can say no; staff may have to account for every cup, so offer to pay and leave it there.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-quick-lesson',
    title: 'Ask someone doing a hobby in public to show you the basics',
    description:
      'Ask a chess player in the park, a skateboarder or someone sketching whether they would show you one simple move or tip. They may want to get on with their own practice and say no.',
    category: 'strangers',
    difficulty: 5,
    boundaryNotes:
      'Ask adults only, wait until they pause, keep your distance, and move on with thanks if they would rather carry on alone.',
    since: 1,
  },
  {
    id: 'lib.ask-to-leave-early',
    title: 'Ask to leave an hour early on a quiet day',
    description:
      'Ask your manager or tutor whether you could finish an hour early today. It is a real request with a real chance of no.',
    category: 'work_and_study',
    difficulty: 5,
    boundaryNotes:
      'Ask only when your work is covered, accept the answer without bargaining, and do not go round them to someone else.',
    since: 1,
  },
  {
    id: 'lib.invite-an-acquaintance-for-coffee',
    title: 'Invite someone from a club or class to get a coffee',
    description:
      'Ask a person you know a little from a hobby group, course or gym whether they would like a coffee after the next session. Friendly invitations are turned down all the time, and it is rarely personal.',
    category: 'social',
    difficulty: 5,
    boundaryNotes:
      'Make it clearly a friendly invitation, not a romantic one; ask once, and if they say no or "maybe some time", leave it to them to come back to you.',
    since: 1,
  },
  {
    id: 'lib.ask-for-money-off-a-flaw',
    title: 'Ask for money off an item with a small flaw',
    description:
      'If something you want has a genuine scuff, a missing button or a dented box, ask whether they would reduce the price. Shops differ, and a no just means paying in full or choosing another.',
    category: 'money',
    difficulty: 5,
    boundaryNotes:
      'Only point out real flaws you did not cause, ask once, and do not press the assistant if they cannot change prices.',
    since: 1,
  },
  {
    id: 'lib.ask-for-public-feedback',
    title: 'Share something you made online and ask for honest feedback',
    description:
      'Post a drawing, some writing or some code in a community that welcomes it and ask what could be better. Some replies will be critical and some people will ignore it, and both are useful.',
    category: 'online',
    difficulty: 5,
    boundaryNotes:
      "Follow the community's rules for feedback posts, and do not argue with or privately message people who reply.",
    since: 1,
  },
  {
    id: 'lib.ask-to-go-first-in-a-queue',
    title: 'Ask the person in front of you in a queue whether you could go first',
    description:
      'Ask politely whether you might go ahead of them, giving your real reason or none at all. Most people will say no, and the world carries on.',
    category: 'public_places',
    difficulty: 5,
    boundaryNotes:
      'Never invent an emergency, do it only in short queues, and stay in your place with a smile if they say no.',
    since: 1,
  },
  {
    id: 'lib.ask-for-an-upgrade',
    title: 'Ask a hotel or car-hire desk for a free upgrade',
    description:
      'When checking in, ask whether there is any chance of a better room or car at no extra cost. The answer is usually no, and the clerk hears the question every day.',
    category: 'services',
    difficulty: 5,
    boundaryNotes:
      'Ask once at check-in, take the booking you paid for graciously, and do not raise it again later in your stay.',
    since: 1,
  },

  // Difficulty 6: unusual requests, or ones where a no lands in front of people you know.
  {
    id: 'lib.ask-to-see-the-stockroom',
    title: 'Ask a shop whether you could see its stockroom',
    description:
      'Ask an assistant in a small shop whether you could have a peek behind the scenes where they keep the stock. It is an unusual request that most will turn down.',
    category: 'food_and_shops',
    difficulty: 6,
    boundaryNotes:
      'Ask in a small independent shop at a quiet time, say outright that no is fine, and never ask staff to let you in where they could get into trouble.',
    since: 1,
  },
  {
    id: 'lib.ask-for-an-opinion-on-your-idea',
    title: 'Ask a stranger for their honest opinion on an idea of yours',
    description:
      'Tell someone who is waiting nearby your idea for a business, an app or an event in one sentence, and ask what they think. They may decline to engage, or say it is not for them.',
    category: 'strangers',
    difficulty: 6,
    boundaryNotes:
      'Ask people who are waiting anyway rather than stopping passers-by, keep it under a minute, and thank them for any answer, including no.',
    since: 1,
  },
  {
    id: 'lib.pitch-an-idea-in-a-meeting',
    title: 'Put forward your own idea in a team meeting or seminar',
    description:
      'Prepare one idea and propose it out loud when the chance comes. It may be turned down in front of others, which is exactly the fear you are working on.',
    category: 'work_and_study',
    difficulty: 6,
    boundaryNotes:
      'Keep it constructive, let others question it without defending it for too long, and do not reopen it later if the group decides against it.',
    since: 1,
  },
  {
    id: 'lib.ask-for-help-with-a-chore',
    title: 'Ask a friend to give up an afternoon to help you with a chore',
    description:
      'Ask a friend to help with a house move, clearing a garden or building flat-pack furniture. Weekends are precious, so a no is quite likely.',
    category: 'social',
    difficulty: 6,
    boundaryNotes:
      'Ask well ahead, offer something in return such as lunch, and do not make them feel guilty if they cannot.',
    since: 1,
  },
  {
    id: 'lib.phone-for-a-better-deal',
    title: 'Phone your broadband or mobile provider to ask for a lower price',
    description:
      'Call and ask whether they can lower your monthly bill. A phone call is harder than a form, and the adviser may well say no.',
    category: 'money',
    difficulty: 6,
    boundaryNotes:
      'Be courteous to the adviser, who may have no authority to change prices, and do not threaten to leave unless you mean it.',
    since: 1,
  },
  {
    id: 'lib.ask-a-professional-for-a-call',
    title: 'Message someone in your field to ask for a short call',
    description:
      'Write to someone whose career interests you and ask for fifteen minutes to hear how they got there. Many people are too busy, and they will tell you so or not reply.',
    category: 'online',
    difficulty: 6,
    boundaryNotes:
      'Send one short message with a clear, small request, and do not chase them if they decline or stay silent.',
    since: 1,
  },
  {
    id: 'lib.ask-to-join-a-game',
    title: 'Ask to join a casual game in the park',
    description:
      'Ask a group kicking a ball about or throwing a frisbee whether you could join in for a bit. Groups often prefer to keep to themselves, and a no says nothing about you.',
    category: 'public_places',
    difficulty: 6,
    boundaryNotes:
      "Ask adults playing casually, never children's games, and walk on cheerfully if they say no.",
    since: 1,
  },
  {
    id: 'lib.ask-the-library-to-buy-a-book',
    title: 'Ask your local library to buy a book it does not have',
    description:
      'Ask the librarian whether they would add a particular book to the collection. Budgets are tight, and they may decline.',
    category: 'services',
    difficulty: 6,
    boundaryNotes: 'Use their usual suggestion route, ask for one book, and accept their decision.',
    since: 1,
  },

  // Difficulty 7: bigger asks of someone's time, money or judgement.
  {
    id: 'lib.ask-to-see-the-kitchen',
    title: 'Ask a restaurant whether you could see their kitchen',
    description:
      'Ask the manager of a restaurant you like whether you could have a quick look at where the food is made. Kitchens are busy and have hygiene rules, so expect a polite no.',
    category: 'food_and_shops',
    difficulty: 7,
    boundaryNotes:
      'Ask the manager rather than a junior worker, at a quiet time of day, and never ask anyone to bend hygiene or safety rules for you.',
    since: 1,
  },
  {
    id: 'lib.ask-a-stranger-to-hear-a-speech',
    title: 'Ask a stranger to listen to one minute of a talk you are practising',
    description:
      'Ask someone sitting on a bench or waiting for a train whether they would listen to a one-minute talk you are preparing. It asks for their time and attention, and most people will say no.',
    category: 'strangers',
    difficulty: 7,
    boundaryNotes:
      'Ask adults who are already sitting and waiting, stand at a comfortable distance, and stop the instant they look uncomfortable.',
    since: 1,
  },
  {
    id: 'lib.ask-to-lead-a-task',
    title: 'Ask your manager or tutor for a task you would like to lead',
    description:
      'Name a project or responsibility you want and ask to be given it. You may be told no, not yet, or that someone else already has it.',
    category: 'work_and_study',
    difficulty: 7,
    boundaryNotes:
      'Ask privately, explain why you would do it well, and accept the decision without going over their head.',
    since: 1,
  },
  {
    id: 'lib.ask-a-friend-for-feedback',
    title: 'Ask a close friend for honest feedback on how you come across',
    description:
      'Ask a trusted friend to tell you one thing you could do differently as a friend. They may prefer not to answer, which is also a kind of no.',
    category: 'social',
    difficulty: 7,
    boundaryNotes:
      'Choose a calm moment, let them pass if they would rather not, and do not argue with what they say.',
    since: 1,
  },
  {
    id: 'lib.ask-a-chain-store-for-a-discount',
    title: 'Ask for a discount in a shop where prices are fixed',
    description:
      'In a large chain store, ask whether there is any way to get money off an item. Staff almost always say no, which makes it a clean refusal to practise with.',
    category: 'money',
    difficulty: 7,
    boundaryNotes:
      'Ask once, make it easy for the assistant to say no, and do not ask them to fetch a manager if they say they cannot.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-written-recommendation',
    title: 'Ask a former colleague or teacher to write you a recommendation',
    description:
      'Write to someone you worked or studied with and ask for a short written recommendation or reference. They may feel they do not know your work well enough, and they can say so.',
    category: 'online',
    difficulty: 7,
    boundaryNotes:
      'Give them an easy way out in your message, ask once, and thank them whatever they decide.',
    since: 1,
  },
  {
    id: 'lib.ask-passers-by-one-question',
    title: 'Ask passers-by a single friendly survey question',
    description:
      'Stand somewhere busy and ask ten different people one light question, such as their favourite local park. Many will walk past, so you collect several small refusals in one go.',
    category: 'public_places',
    difficulty: 7,
    boundaryNotes:
      "Ask each person only once, ask adults only, never step into anyone's path, and let anyone who keeps walking go without calling after them.",
    since: 1,
  },
  {
    id: 'lib.ask-to-waive-a-change-fee',
    title: 'Ask a ticket office to waive a change fee',
    description:
      'When you need to change a train or event ticket, ask whether they could let the fee go. The rules usually say no, but asking is allowed.',
    category: 'services',
    difficulty: 7,
    boundaryNotes:
      'Ask the person at the desk politely, accept that they may have no power to waive it, and pay without fuss if they cannot.',
    since: 1,
  },

  // Difficulty 8: requests that expose your own work, worth or wishes.
  {
    id: 'lib.ask-to-learn-at-a-bakery',
    title: 'Ask a local bakery whether you could spend a morning learning with them',
    description:
      'Ask the owner of an independent bakery whether you could watch and help for one morning. It is a big, unusual request, and most will have good reasons to say no.',
    category: 'food_and_shops',
    difficulty: 8,
    boundaryNotes:
      'Ask the owner at a quiet time, offer to fit round them, and take a no or a non-answer as final; never ask staff to let you behind the counter without the owner.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-first-impression',
    title: 'Ask someone you have just met what first impression you give',
    description:
      'At an event or in a waiting room, once you have been chatting for a while, ask the other person what impression you made. It invites an honest answer you might not like, or a polite refusal.',
    category: 'strangers',
    difficulty: 8,
    boundaryNotes:
      'Ask only when the conversation is already friendly, make clear they need not answer, and thank them whatever they say.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-pay-rise',
    title: 'Ask for a pay rise you believe you have earned',
    description:
      'Prepare your reasons and ask your manager for a specific increase. It is one of the most common and most feared requests at work.',
    category: 'work_and_study',
    difficulty: 8,
    boundaryNotes:
      'Book a proper conversation rather than catching them off guard, make your case once, and accept "not now" without threats.',
    since: 1,
  },
  {
    id: 'lib.host-a-get-together',
    title: 'Invite a few acquaintances to a small get-together you host',
    description:
      'Organise a picnic, a games evening or a walk and invite people you know only a little. Several may say no or not reply, and you learn it is not a verdict on you.',
    category: 'social',
    difficulty: 8,
    boundaryNotes:
      'Invite each person once, make it easy to decline, and do not chase anyone who does not answer.',
    since: 1,
  },
  {
    id: 'lib.ask-for-sponsorship',
    title: 'Ask people you know to sponsor you for a charity event',
    description:
      'Sign up for a run, swim or walk for a cause you care about and ask friends, family and colleagues to sponsor you. Asking for money, even for charity, stirs up plenty of fear of no.',
    category: 'money',
    difficulty: 8,
    boundaryNotes:
      'Ask each person once, say that any amount or none is fine, and never ask anyone who reports to you.',
    since: 1,
  },
  {
    id: 'lib.ask-for-mentoring',
    title: 'Email someone respected in your field to ask for mentoring',
    description:
      'Write to a person you look up to and ask whether they would mentor you, even for a couple of conversations. Respected people get many such requests and often decline.',
    category: 'online',
    difficulty: 8,
    boundaryNotes:
      'Send one considered email with a small first step, use their public work address, and do not chase them if they decline or stay silent.',
    since: 1,
  },
  {
    id: 'lib.ask-for-an-open-mic-slot',
    title: 'Ask the organiser of an open mic or community event for a slot',
    description:
      'Ask whether you could have five minutes to read, sing or speak at a local open mic or community gathering. The line-up may be full, and if it is not, you still have to go up.',
    category: 'public_places',
    difficulty: 8,
    boundaryNotes:
      'Ask the organiser directly, accept their line-up decisions, and keep whatever you do suitable for everyone there.',
    since: 1,
  },
  {
    id: 'lib.pitch-a-local-story',
    title: 'Ask a local newspaper or radio station to cover something you care about',
    description:
      'Contact a local journalist about an event, a cause or a project and ask whether they would feature it. Newsrooms turn down far more stories than they run.',
    category: 'services',
    difficulty: 8,
    boundaryNotes:
      'Pitch it once with the facts, speak only for yourself or with the consent of others involved, and do not chase them if they pass.',
    since: 1,
  },

  // Difficulty 9: big requests where a refusal is the expected outcome.
  {
    id: 'lib.ask-a-cafe-to-sell-your-baking',
    title: 'Ask a café whether they would sell something you made',
    description:
      'Take a sample of your baking, jam or crafts to an independent café and ask whether they would stock it. It puts your own work up for judgement, and most will say no.',
    category: 'food_and_shops',
    difficulty: 9,
    boundaryNotes:
      'Ask the owner at a quiet time, follow food hygiene rules for anything edible, and take their answer graciously.',
    since: 1,
  },
  {
    id: 'lib.ask-to-join-a-quiz-team',
    title: 'Ask a team at a pub quiz whether you could join them',
    description:
      'Go to a quiz night on your own and ask a team with a spare seat whether you could play with them. Teams often like to stay as they are, so you may hear no from one or two.',
    category: 'strangers',
    difficulty: 9,
    boundaryNotes:
      'Ask each team once before the quiz starts, take a no cheerfully, and if nobody has room, play on your own or just watch.',
    since: 1,
  },
  {
    id: 'lib.ask-for-an-unadvertised-job',
    title: 'Ask an organisation you admire for a job they have not advertised',
    description:
      'Write to or call somewhere you would love to work and ask whether they would consider you, even though nothing is posted. Most will say there is nothing right now.',
    category: 'work_and_study',
    difficulty: 9,
    boundaryNotes:
      'Address the right person, send one well-prepared message, and do not turn up uninvited or chase after a clear no.',
    since: 1,
  },
  {
    id: 'lib.reach-out-to-an-old-friend',
    title: 'Ask an old friend you have drifted apart from whether they would like to meet up',
    description:
      'Message someone you used to be close to and ask whether they would like to catch up. They may not reply, or may not want to, and you will have asked anyway.',
    category: 'social',
    difficulty: 9,
    boundaryNotes:
      'Only do this if the friendship faded rather than ended because they asked for distance; send one message and treat silence as an answer.',
    since: 1,
  },
  {
    id: 'lib.ask-for-lower-rent',
    title: 'Ask your landlord whether they would lower or freeze your rent',
    description:
      'Before a renewal, ask your landlord or letting agent whether they would keep the rent the same or reduce it. It is a big, real request where no is the usual answer.',
    category: 'money',
    difficulty: 9,
    boundaryNotes:
      'Give your reasons calmly, in writing if that suits you, keep paying the rent as agreed, and accept their decision.',
    since: 1,
  },
  {
    id: 'lib.ask-a-well-known-person-to-share',
    title: 'Ask someone with a large following to share a project of yours',
    description:
      'Send a short, polite message to a well-known person in a field you care about, asking whether they would share something you made. Expect silence most of the time.',
    category: 'online',
    difficulty: 9,
    boundaryNotes:
      'Use the contact route they invite, send one message, and never tag them repeatedly or ask others to pile in.',
    since: 1,
  },
  {
    id: 'lib.ask-for-a-free-stall',
    title: 'Ask a market or shopping centre manager for a free stall for a day',
    description:
      'Ask whether you could have a pitch for a day to show a hobby, a cause or things you make, without paying the fee. Managers get many such requests and usually say no.',
    category: 'public_places',
    difficulty: 9,
    boundaryNotes:
      'Write first or make an appointment, be honest about what you would do, and accept their rules and prices.',
    since: 1,
  },
  {
    id: 'lib.ask-your-representative-for-a-meeting',
    title: 'Ask your local elected representative for a meeting about a local issue',
    description:
      'Write to your councillor or member of parliament and ask to meet about something in your area you care about. They may offer a letter instead, or nothing at all.',
    category: 'services',
    difficulty: 9,
    boundaryNotes:
      'Keep to one clear issue, be courteous to their staff, and accept whatever form of reply they offer.',
    since: 1,
  },

  // Difficulty 10: very daunting; only for someone who has climbed the rungs below.
  {
    id: 'lib.ask-to-shadow-a-chef',
    title: 'Ask a renowned restaurant whether you could shadow the chef for a day',
    description:
      'Write to a restaurant you admire and ask whether you could spend a day watching the kitchen at work. It is a bold request to a very busy place, and a no is almost certain.',
    category: 'food_and_shops',
    difficulty: 10,
    boundaryNotes:
      'Write rather than turning up, offer to follow every safety and hygiene rule, and treat a no or no reply as final.',
    since: 1,
  },
  {
    id: 'lib.ask-a-stranger-for-a-loan',
    title: 'Ask a stranger to lend you a sizeable sum you promise to repay',
    description:
      'Ask a stranger whether they would lend you a real amount of money, offering your name and contact details as your promise to pay it back. It is about as daunting as a request gets, and you should expect no.',
    category: 'strangers',
    difficulty: 10,
    boundaryNotes:
      'Ask adults in a busy public place in daylight, keep your distance, and accept no at once. If anyone says yes, either thank them and decline the money or repay it the same day as promised.',
    since: 1,
  },
  {
    id: 'lib.apply-for-a-prestigious-award',
    title: 'Apply for a prestigious award, scholarship or fellowship you expect to be refused',
    description:
      'Choose something well out of reach and put in a proper application. The likely rejection letter becomes proof that you can ask for something big and survive the answer.',
    category: 'work_and_study',
    difficulty: 10,
    boundaryNotes:
      'Only apply for things you are eligible for and would accept, give honest information, and do not lobby the panel.',
    since: 1,
  },
  {
    id: 'lib.ask-to-join-a-band-or-choir',
    title: 'Ask an established band, choir or team whether they would take you on',
    description:
      'Approach a group you would love to belong to and ask whether they would consider you as a member or give you a try-out. It shows a skill you care about to people who may say no.',
    category: 'social',
    difficulty: 10,
    boundaryNotes:
      'Ask the organiser or leader once, go through their audition or trial process, and accept their decision.',
    since: 1,
  },
  {
    id: 'lib.ask-a-funder-to-back-your-idea',
    title: 'Ask an investor or funder to back an idea of yours',
    description:
      'Prepare a short pitch for a project or business and ask an investor, grant body or local fund for money. It puts your idea and your nerve on the line, and most pitches are turned down.',
    category: 'money',
    difficulty: 10,
    boundaryNotes:
      'Be truthful about the risks and the numbers, use their application route, and do not chase them after a decision.',
    since: 1,
  },
  {
    id: 'lib.submit-to-a-selective-publication',
    title: 'Submit your writing or art to a publication that rarely accepts newcomers',
    description:
      'Pick a well-known magazine, journal or competition and send in your best work. Rejections are routine there, and you will have joined everyone who dared.',
    category: 'online',
    difficulty: 10,
    boundaryNotes:
      'Follow their submission rules exactly, submit once, and do not argue with the editors about a rejection.',
    since: 1,
  },
  {
    id: 'lib.ask-a-gallery-to-show-your-work',
    title: 'Ask a gallery, museum or festival to show something you made',
    description:
      'Approach a public venue and ask whether they would display your art or craft or host your performance. It invites public judgement of your work, and a no is very likely.',
    category: 'public_places',
    difficulty: 10,
    boundaryNotes:
      'Use their proposals process if they have one, send it once, and accept their programme decisions.',
    since: 1,
  },
  {
    id: 'lib.ask-a-chief-executive-for-a-meeting',
    title: 'Ask the head of a large organisation you deal with for a meeting',
    description:
      'Write to the chief executive of a company, college or council you use and ask for a short meeting to propose one specific improvement. Senior people guard their time, and a no is likely.',
    category: 'services',
    difficulty: 10,
    boundaryNotes:
      'Be specific and courteous, accept a reply from their staff instead of them, and never contact them through personal channels.',
    since: 1,
  },
];

const byId = new Map(challengeLibrary.map((challenge) => [challenge.id, challenge]));

/** The built-in challenge with this id, or undefined if this version does not ship it. */
export function libraryChallenge(id: string): LibraryChallenge | undefined {
  return byId.get(id);
}
