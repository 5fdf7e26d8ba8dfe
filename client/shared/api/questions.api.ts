import type {
  AnswerQuestionInput,
  AskQuestionInput,
  QuestionDto,
  QuestionsDto,
} from '../../../server/contract/questions';
import { json, request, reviewBase } from './http';
import { viewSuffix, type ViewMode } from '../lib/view-mode';

/** Questions to an agency on its records or its whole chronology, and their answers (#16). */
export const questionsApi = {
  /** Those the user may read: a submitter their agency's, the panel answered ones only. */
  listQuestions: (reviewId: string, view: ViewMode = 'anonymised') =>
    request<QuestionsDto>(`${reviewBase(reviewId)}/questions${viewSuffix(view)}`),
  askQuestion: (reviewId: string, input: AskQuestionInput) =>
    request<QuestionDto>(`${reviewBase(reviewId)}/questions`, { method: 'POST', ...json(input) }),
  answerQuestion: (reviewId: string, questionId: string, input: AnswerQuestionInput) =>
    request<QuestionDto>(
      `${reviewBase(reviewId)}/questions/${encodeURIComponent(questionId)}/answer`,
      { method: 'POST', ...json(input) },
    ),
  withdrawQuestion: (reviewId: string, questionId: string) =>
    request<null>(`${reviewBase(reviewId)}/questions/${encodeURIComponent(questionId)}`, {
      method: 'DELETE',
    }),
};
