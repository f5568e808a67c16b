"""Kind, category and the learned urgency model: features, hand-written vocabularies, the
training data reader, training (`python -m nlp.classify.train`) and serving the weights."""
