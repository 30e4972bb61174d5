// Pure (all processes): the exercise definition interface now lives in contract/ (exercises/<id>/ may import only the
// contract); this re-export keeps older imports working.
export type { AnswerSection, ExerciseDefinition, ExerciseVariantInfo, RatedCriterionAnchors } from '../contract/exercise-definition';
