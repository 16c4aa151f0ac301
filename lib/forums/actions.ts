"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { z } from "zod";
import {
  addParticipant, addSession, addSpeaker, closeSubmissionsNow, createForum, moveSession, moveSpeaker, removeParticipant, removeSession, removeSpeaker,
  setCityParticipation, setForumMinutes, setSessionMinutes, setSubmissionWindow, updateForum, updateParticipant, updateSession, updateSpeaker,
} from "./commands.server";
import {
  forumFields, forumFormSchema, minutesFields, minutesFormSchema, moveFormSchema, participantFields, participantFormSchema, participationFieldsIn,
  participationFormSchema, sessionFields, sessionFormSchema, speakerFields, speakerFormSchema, windowFields, windowFormSchema,
  type ForumField, type MinutesField, type ParticipantField, type SessionField, type SpeakerField, type WindowField,
} from "./schemas";

export async function createForumAction(_prev: FormState<ForumField>, formData: FormData): Promise<FormState<ForumField>> {
  return handleForm({
    formData, fields: forumFields, schema: forumFormSchema, namespace: "forumForm", permission: "forum.create",
    run: (user, input) => createForum(getDb(), user, input),
    redirectTo: (forum) => `/forums/${forum.slug}?saved=created`,
  });
}

export async function updateForumAction(forumId: string, _prev: FormState<ForumField>, formData: FormData): Promise<FormState<ForumField>> {
  return handleForm({
    formData, fields: forumFields, schema: forumFormSchema, namespace: "forumForm", permission: "forum.update",
    run: (user, input) => updateForum(getDb(), user, forumId, input),
    redirectTo: (forum) => `/forums/${forum.slug}?saved=updated`,
  });
}

export async function setWindowAction(forum: { id: string; slug: string }, _prev: FormState<WindowField>, formData: FormData): Promise<FormState<WindowField>> {
  return handleForm({
    formData, fields: windowFields, schema: windowFormSchema, namespace: "windowForm", permission: "forum.setSubmissionWindow",
    run: (user, input) => setSubmissionWindow(getDb(), user, forum.id, input),
    redirectTo: () => `/forums/${forum.slug}?saved=window`,
  });
}

export async function closeSubmissionsAction(forum: { id: string; slug: string }, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "windowForm", permission: "forum.setSubmissionWindow",
    run: (user) => closeSubmissionsNow(getDb(), user, forum.id),
    redirectTo: () => `/forums/${forum.slug}?saved=closed`,
  });
}

const participationPage = (slug: string, saved: string) => `/manage/forums/${slug}/participation?saved=${saved}`;

/** Each city's place in the forum; the form's fields are `status-<cityId>` and `note-<cityId>`. */
export async function setCityParticipationAction(forumId: string, _prev: FormState<string>, formData: FormData): Promise<FormState<string>> {
  return handleForm({
    formData, fields: participationFieldsIn(formData.keys()), schema: participationFormSchema, namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user, rows) => setCityParticipation(getDb(), user, forumId, rows),
    redirectTo: ({ forum }) => participationPage(forum.slug, "cities"),
  });
}

export async function addParticipantAction(forumId: string, _prev: FormState<ParticipantField>, formData: FormData): Promise<FormState<ParticipantField>> {
  return handleForm({
    formData, fields: participantFields, schema: participantFormSchema, namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user, input) => addParticipant(getDb(), user, forumId, input),
    redirectTo: ({ forum }) => participationPage(forum.slug, "added"),
  });
}

export async function updateParticipantAction(participantId: string, _prev: FormState<ParticipantField>, formData: FormData): Promise<FormState<ParticipantField>> {
  return handleForm({
    formData, fields: participantFields, schema: participantFormSchema, namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user, input) => updateParticipant(getDb(), user, participantId, input),
    redirectTo: ({ forum }) => participationPage(forum.slug, "updated"),
  });
}

export async function removeParticipantAction(participantId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user) => removeParticipant(getDb(), user, participantId),
    redirectTo: ({ forum }) => participationPage(forum.slug, "removed"),
  });
}

// The programme: sessions, their speakers, and the minutes (forum.manageProgramme).

type Located = { forum: { slug: string } };
const programmePage = ({ forum }: Located, saved: string, anchor = "") => `/manage/forums/${forum.slug}/programme?saved=${saved}${anchor}`;
const sessionPage = ({ forum }: Located, sessionId: string, saved: string, anchor = "") =>
  `/manage/forums/${forum.slug}/sessions/${sessionId}?saved=${saved}${anchor}`;

export async function addSessionAction(forumId: string, _prev: FormState<SessionField>, formData: FormData): Promise<FormState<SessionField>> {
  return handleForm({
    formData, fields: sessionFields, schema: sessionFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, input) => addSession(getDb(), user, forumId, input),
    // On to the new session's page, where its speakers are added.
    redirectTo: (r) => sessionPage(r, r.session.id, "added"),
  });
}

export async function updateSessionAction(sessionId: string, _prev: FormState<SessionField>, formData: FormData): Promise<FormState<SessionField>> {
  return handleForm({
    formData, fields: sessionFields, schema: sessionFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, input) => updateSession(getDb(), user, sessionId, input),
    redirectTo: (r) => programmePage(r, "updated", `#session-${sessionId}`),
  });
}

/** Moves a session a place; the pressed button sends `direction` (up or down). */
export async function moveSessionAction(sessionId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: moveFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, { direction }) => moveSession(getDb(), user, sessionId, direction),
    redirectTo: (r) => programmePage(r, "moved", `#session-${sessionId}`),
  });
}

export async function removeSessionAction(sessionId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user) => removeSession(getDb(), user, sessionId),
    redirectTo: (r) => programmePage(r, "removed"),
  });
}

export async function setSessionMinutesAction(sessionId: string, _prev: FormState<MinutesField>, formData: FormData): Promise<FormState<MinutesField>> {
  return handleForm({
    formData, fields: minutesFields, schema: minutesFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, input) => setSessionMinutes(getDb(), user, sessionId, input),
    redirectTo: (r) => sessionPage(r, sessionId, "minutes", "#session-minutes"),
  });
}

export async function setForumMinutesAction(forumId: string, _prev: FormState<MinutesField>, formData: FormData): Promise<FormState<MinutesField>> {
  return handleForm({
    formData, fields: minutesFields, schema: minutesFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, input) => setForumMinutes(getDb(), user, forumId, input),
    redirectTo: ({ forum }) => `/manage/forums/${forum.slug}?saved=minutes`,
  });
}

export async function addSpeakerAction(sessionId: string, _prev: FormState<SpeakerField>, formData: FormData): Promise<FormState<SpeakerField>> {
  return handleForm({
    formData, fields: speakerFields, schema: speakerFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, input) => addSpeaker(getDb(), user, sessionId, input),
    redirectTo: (r) => sessionPage(r, sessionId, "speakerAdded", "#speakers"),
  });
}

export async function updateSpeakerAction(speakerId: string, _prev: FormState<SpeakerField>, formData: FormData): Promise<FormState<SpeakerField>> {
  return handleForm({
    formData, fields: speakerFields, schema: speakerFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, input) => updateSpeaker(getDb(), user, speakerId, input),
    redirectTo: (r) => sessionPage(r, r.speaker.sessionId, "speakerUpdated", `#speaker-${speakerId}`),
  });
}

export async function moveSpeakerAction(speakerId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: moveFormSchema, namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user, { direction }) => moveSpeaker(getDb(), user, speakerId, direction),
    redirectTo: (r) => sessionPage(r, r.speaker.sessionId, "speakerMoved", `#speaker-${speakerId}`),
  });
}

export async function removeSpeakerAction(speakerId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "programmeForm", permission: "forum.manageProgramme",
    run: (user) => removeSpeaker(getDb(), user, speakerId),
    redirectTo: (r) => sessionPage(r, r.speaker.sessionId, "speakerRemoved", "#speakers"),
  });
}
